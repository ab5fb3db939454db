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
    } else if lower.hasPrefix("bright-"), let index = Color.names.firstIndex(of: String(lower.dropFirst(7))) {
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
    case .indexed(let n) where n >= 232:
      return n < 244 ? 0 : 7
    case .indexed(let n):
      let cube = n - 16
      let (r, g, b) = (cube / 36, (cube / 6) % 6, cube % 6)
      let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
      return bits
    }
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
