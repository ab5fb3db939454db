/// The `:edits` overlay: the reader's edits, newest first, each with what it changed and
/// whether it still applies; `d` reverts the selected one.
struct EditsOverlay {
  let rows: [EditRow]
  let selected: Int

  func draw(in bounds: Rect, into grid: inout CellGrid) {
    let width = min(100, bounds.width - 2)
    let height = min(max(rows.count, 1) + 2, bounds.height - 2)
    let box = Rect(
      row: bounds.row + (bounds.height - height) / 2, col: bounds.col + (bounds.width - width) / 2,
      width: width, height: height)
    grid.fill(box, role: .help)
    Frame.draw(
      box, title: "Edits — j/k move, d reverts, any other key closes", focused: true, into: &grid)
    let inside = box.inset(1)
    guard !rows.isEmpty else {
      StyledLine("no edits yet", .dim).draw(into: &grid, row: inside.row, in: inside)
      return
    }
    let first = min(max(0, selected - inside.height + 1), max(0, rows.count - inside.height))
    for offset in 0..<inside.height where first + offset < rows.count {
      let row = rows[first + offset]
      var line = StyledLine()
      line.append(PaneRows.padded("#\(row.id)", 5), .dim)
      line.append(PaneRows.padded(row.status, 9), row.applies && !row.reverted ? .date : .error)
      line.append(row.summary, first + offset == selected ? .selection : .help)
      line.draw(into: &grid, row: inside.row + offset, in: inside)
    }
  }
}
