/// The tab bar of the narrow layout: ` 1 Timeline │ 2 Actors │ …`. Its geometry is computed
/// in one place so that drawing and mouse clicks agree on where each tab is.
struct TabBar {
  let rect: Rect

  /// Each pane's label and the columns it takes.
  var tabs: [(pane: Pane, label: String, columns: Range<Int>)] {
    var col = rect.col
    return Pane.allCases.map { pane in
      let label = " \(pane.rawValue + 1) \(pane.title) "
      let start = col
      col += label.displayWidth + 1  // the label and its "│" separator
      return (pane, label, start..<col)
    }
  }

  /// The pane whose tab is at `col`, if any.
  func pane(at col: Int) -> Pane? {
    tabs.first { $0.columns.contains(col) && col < rect.right }?.pane
  }

  func draw(focus: Pane, into grid: inout CellGrid) {
    for tab in tabs {
      let role: Role = tab.pane == focus ? .tabActive : .tab
      let end = grid.write(
        tab.label, row: rect.row, col: tab.columns.lowerBound, role: role, clip: rect)
      grid.write("│", row: rect.row, col: end, role: .border, clip: rect)
    }
  }
}
