extension Reducer {
  /// A left click: on a tab or a pane, focuses that pane; on a row of a list pane, selects
  /// it. A click anywhere closes the help overlay.
  mutating func click(row: Int, col: Int) {
    if state.isHelpShown {
      state.helpScroll = nil
      return
    }
    let layout = state.layout
    if let tabs = layout.tabs, row == tabs.row, let pane = TabBar(rect: tabs).pane(at: col) {
      state.focus = pane
      return
    }
    guard let pane = pane(at: row, col, in: layout) else { return }
    state.focus = pane
    guard pane != .source, let content = layout.content(pane), content.contains(row, col) else {
      return
    }
    let target = state.cursor(pane).scroll + row - content.row
    if target < rows.count(pane) { state.cursors[pane, default: PaneCursor()].row = target }
  }

  /// The wheel: focuses the pane under the pointer and moves it by `lines`.
  mutating func wheel(row: Int, col: Int, lines: Int) {
    if state.isHelpShown {
      state.helpScroll = max(0, (state.helpScroll ?? 0) + lines)
      return
    }
    if let pane = pane(at: row, col, in: state.layout) { state.focus = pane }
    move(by: lines)
  }

  private func pane(at row: Int, _ col: Int, in layout: Layout) -> Pane? {
    layout.panes.first { $0.value.contains(row, col) }?.key
  }
}

extension Rect {
  func contains(_ r: Int, _ c: Int) -> Bool { r >= row && r < bottom && c >= col && c < right }
}
