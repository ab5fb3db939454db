/// Box-drawing frames around panes, with the title set into the top edge.
enum Frame {
  static func draw(_ rect: Rect, title: String, focused: Bool, into grid: inout CellGrid) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let role: Role = focused ? .title : .border
    let horizontal = String(repeating: "─", count: rect.width - 2)
    grid.write("┌" + horizontal + "┐", row: rect.row, col: rect.col, role: .border, clip: rect)
    for row in rect.row + 1..<rect.bottom - 1 {
      grid.write("│", row: row, col: rect.col, role: .border, clip: rect)
      grid.write("│", row: row, col: rect.right - 1, role: .border, clip: rect)
    }
    grid.write(
      "└" + horizontal + "┘", row: rect.bottom - 1, col: rect.col, role: .border, clip: rect)
    let label = focused ? " ▶ \(title) " : " \(title) "
    let edge = Rect(row: rect.row, col: rect.col + 1, width: rect.width - 2, height: 1)
    grid.write(label, row: rect.row, col: rect.col + 2, role: role, clip: edge)
  }
}
