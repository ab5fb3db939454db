/// A key press as the explorer sees it, independent of ncurses key codes.
public enum Key: Sendable, Hashable {
  case char(Character)
  /// Ctrl plus a letter, as `ctrl("d")`.
  case ctrl(Character)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case delete
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case function(Int)
}

extension Key {
  /// The name used in keymap files and the help screen: `j`, `Ctrl-D`, `Enter`, `Shift-Tab`,
  /// `PgDn`, `F1`, `Space`.
  public var name: String {
    switch self {
    case .char(" "): "Space"
    case .char(let c): String(c)
    case .ctrl(let c): "Ctrl-" + String(c).uppercased()
    case .function(let n): "F\(n)"
    default: Key.namedKeys.first { $0.value == self }?.key ?? "?"
    }
  }

  /// Parses a key name (case-insensitive for named keys and the `Ctrl-` prefix).
  public init?(name: String) {
    if name.count == 1, let c = name.first {
      self = .char(c)
      return
    }
    let lower = name.lowercased()
    if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isLetter {
      self = .ctrl(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
      self = .function(n)
      return
    }
    if lower == "space" {
      self = .char(" ")
      return
    }
    guard let match = Key.namedKeys.first(where: { $0.key.lowercased() == lower }) else {
      return nil
    }
    self = match.value
  }

  private static let namedKeys: KeyValuePairs<String, Key> = [
    "Enter": .enter, "Esc": .escape, "Tab": .tab, "Shift-Tab": .backTab,
    "Backspace": .backspace, "Delete": .delete, "Up": .up, "Down": .down, "Left": .left,
    "Right": .right, "Home": .home, "End": .end, "PgUp": .pageUp, "PgDn": .pageDown,
  ]
}
