/// A mouse event as the explorer sees it, independent of ncurses: where, and what happened.
public struct MouseEvent: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case leftClick
    case wheelUp
    case wheelDown
  }

  public var kind: Kind
  public var row: Int
  public var col: Int

  public init(_ kind: Kind, row: Int, col: Int) {
    self.kind = kind
    self.row = row
    self.col = col
  }

  /// Rows the wheel moves per notch, as most terminal programs do.
  public static let wheelLines = 3

  /// The command for this event; while a prompt is open the mouse is ignored.
  public func command(in state: AppState) -> Command? {
    guard state.prompt == nil else { return nil }
    switch kind {
    case .leftClick: return .click(row: row, col: col)
    case .wheelUp: return .wheel(row: row, col: col, lines: -Self.wheelLines)
    case .wheelDown: return .wheel(row: row, col: col, lines: Self.wheelLines)
    }
  }
}
