/// A rectangle of cells: where a pane, bar or overlay is drawn.
public struct Rect: Sendable, Equatable {
  public var row: Int
  public var col: Int
  public var width: Int
  public var height: Int

  public init(row: Int, col: Int, width: Int, height: Int) {
    self.row = row
    self.col = col
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var bottom: Int { row + height }
  public var right: Int { col + width }

  /// The rectangle shrunk by `amount` on every side (a frame's inside).
  public func inset(_ amount: Int) -> Rect {
    Rect(
      row: row + amount, col: col + amount, width: width - 2 * amount, height: height - 2 * amount)
  }
}

/// A terminal size in cells.
public struct Size: Sendable, Equatable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}
