/// One terminal cell: a grapheme (or nothing, for the right half of a wide character) and the
/// role it is drawn in.
public struct Cell: Sendable, Equatable {
  /// The grapheme drawn here; empty for the continuation of a two-cell character.
  public var text: String
  public var role: Role
  /// Display width of `text`: 1, or 2 for a wide character (the next cell is a continuation).
  public var width: Int

  public init(text: String, role: Role, width: Int = 1) {
    self.text = text
    self.role = role
    self.width = width
  }

  public static let blank = Cell(text: " ", role: .normal)

  /// True for the right half of a wide character.
  public var isContinuation: Bool { width == 0 }
}
