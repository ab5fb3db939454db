/// A terminal colour: one of the eight ANSI colours or an index into the 256-colour palette.
public enum Color: Sendable, Equatable, Hashable {
  case ansi(Int)
  case indexed(Int)

  static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Parses `"red"`, `"bright-blue"` (an indexed 8–15) or `"208"`.
  public init?(name: String) {
    let lower = name.lowercased()
    if let index = Color.names.firstIndex(of: lower) {
      self = .ansi(index)
    } else if lower.hasPrefix("bright-"),
      let index = Color.names.firstIndex(of: String(lower.dropFirst(7)))
    {
      self = .indexed(index + 8)
    } else if let number = Int(lower), (0...255).contains(number) {
      self = number < 8 ? .ansi(number) : .indexed(number)
    } else {
      return nil
    }
  }

  /// The nearest of the eight ANSI colours, for terminals without 256 colours.
  public var ansiFallback: Int {
    switch self {
    case .ansi(let n): return n
    case .indexed(let n) where n < 16: return n % 8
    case .indexed(let n):
      let target = Color.rgb(of: n)
      let distances = Color.ansiRGB.map { ansi in
        zip(ansi, target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
      }
      return distances.indices.min { distances[$0] < distances[$1] } ?? 7
    }
  }

  /// xterm's usual RGB for the eight ANSI colours.
  private static let ansiRGB: [[Int]] = [
    [0, 0, 0], [205, 0, 0], [0, 205, 0], [205, 205, 0], [0, 0, 238], [205, 0, 205],
    [0, 205, 205], [229, 229, 229],
  ]

  /// RGB of a 256-palette index from 16 up (the 6×6×6 cube, then the grey ramp).
  private static func rgb(of index: Int) -> [Int] {
    if index >= 232 {
      let level = 8 + 10 * (index - 232)
      return [level, level, level]
    }
    let levels = [0, 95, 135, 175, 215, 255]
    let cube = index - 16
    return [levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6]]
  }
}

/// How a role looks: colours plus attributes. Attributes alone must carry the meaning when
/// colours are off (`NO_COLOR`, mono terminals).
public struct Style: Sendable, Equatable, Hashable {
  public var foreground: Color?
  public var background: Color?
  public var bold = false
  public var underline = false
  public var reverse = false
  public var dim = false

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
    underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  /// The style without colours.
  public var attributesOnly: Style {
    Style(bold: bold, underline: underline, reverse: reverse, dim: dim)
  }
}
