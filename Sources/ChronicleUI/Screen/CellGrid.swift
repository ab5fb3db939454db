/// A frame being drawn: a width × height array of cells that views write text into.
///
/// Writing is clipped to a rectangle, and a two-cell character that would straddle the clip
/// edge is replaced by a space, so wide characters are never split between panes.
public struct CellGrid: Sendable, Equatable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: max(0, size.width * size.height))
  }

  public var bounds: Rect { Rect(row: 0, col: 0, width: size.width, height: size.height) }

  public subscript(row: Int, col: Int) -> Cell {
    cells[row * size.width + col]
  }

  /// Writes `text` at (`row`, `col`) in `role`, clipped to `clip` (default: the whole grid).
  /// Returns the column after the last cell written.
  @discardableResult
  public mutating func write(
    _ text: String, row: Int, col: Int, role: Role, clip: Rect? = nil
  ) -> Int {
    let area = clip ?? bounds
    guard row >= area.row, row < area.bottom, row < size.height, row >= 0 else { return col }
    let limit = min(area.right, size.width)
    var column = max(col, area.col)
    for raw in text {
      let character = TextSanitizer.visible(raw)
      let width = CharacterWidth.of(character)
      if width == 0 {
        if column > area.col { appendMark(character, row: row, col: column - 1) }
        continue
      }
      if column + width > limit {
        if column < limit { set(Cell(text: " ", role: role), row: row, col: column) }
        return limit
      }
      set(Cell(text: String(character), role: role, width: width), row: row, col: column)
      if width == 2 { set(Cell(text: "", role: role, width: 0), row: row, col: column + 1) }
      column += width
    }
    return column
  }

  /// Fills `rect` with spaces in `role`.
  public mutating func fill(_ rect: Rect, role: Role) {
    for row in rect.row..<min(rect.bottom, size.height) where row >= 0 {
      for col in rect.col..<min(rect.right, size.width) where col >= 0 {
        set(Cell(text: " ", role: role), row: row, col: col)
      }
    }
  }

  /// Restyles the cells of `rect` in place (a selection bar over drawn text).
  public mutating func restyle(_ rect: Rect, role: Role) {
    for row in rect.row..<min(rect.bottom, size.height) where row >= 0 {
      for col in rect.col..<min(rect.right, size.width) where col >= 0 {
        cells[row * size.width + col].role = role
      }
    }
  }

  /// Row `row` as a string.
  public func line(_ row: Int) -> String {
    guard row >= 0, row < size.height else { return "" }
    var result = ""
    for col in 0..<size.width { result += self[row, col].text }
    return result
  }

  /// The role of each column of `row`.
  public func roles(_ row: Int) -> [Role] {
    (0..<size.width).map { self[row, $0].role }
  }

  private mutating func set(_ cell: Cell, row: Int, col: Int) {
    let position = row * size.width + col
    // Overwriting half of a wide character blanks its other half.
    if cells[position].width == 2, col + 1 < size.width {
      cells[position + 1] = Cell(text: " ", role: cells[position].role)
    }
    if cells[position].isContinuation, col > 0 {
      cells[position - 1] = Cell(text: " ", role: cells[position - 1].role)
    }
    cells[position] = cell
  }

  private mutating func appendMark(_ mark: Character, row: Int, col: Int) {
    var target = row * size.width + col
    if cells[target].isContinuation, col > 0 { target -= 1 }
    cells[target].text.append(mark)
  }
}

extension String {
  /// Display width in cells, with the same rules as `CellGrid.write`.
  public var displayWidth: Int {
    reduce(0) { $0 + CharacterWidth.of(TextSanitizer.visible($1)) }
  }
}
