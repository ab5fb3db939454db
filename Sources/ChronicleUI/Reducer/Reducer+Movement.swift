import ChronicleCore

extension Reducer {
  var pageSize: Int { state.visibleRows(state.focus) }

  /// Moves the focused pane's cursor (the Source pane scrolls instead).
  mutating func move(by delta: Int) {
    let pane = state.focus
    var cursor = state.cursor(pane)
    if pane == .source {
      cursor.scroll = cursor.scroll.addingClamped(delta)
    } else {
      cursor.row = cursor.row.addingClamped(delta)
    }
    state.cursors[pane] = cursor
  }

  /// Clamps every cursor to its rows, keeps it on screen, and lets the Source pane follow the
  /// selected event or quote.
  mutating func settle() {
    for pane in Pane.allCases {
      let count = rows.count(pane)
      let visible = state.visibleRows(pane)
      var cursor = state.cursor(pane)
      if pane == .source {
        cursor.scroll = min(max(0, cursor.scroll), max(0, count - visible))
      } else {
        cursor.row = min(max(0, cursor.row), max(0, count - 1))
        if cursor.row < cursor.scroll { cursor.scroll = cursor.row }
        if cursor.row >= cursor.scroll + visible { cursor.scroll = cursor.row - visible + 1 }
        cursor.scroll = min(max(0, cursor.scroll), max(0, count - visible))
      }
      state.cursors[pane] = cursor
    }
    followSelection()
  }

  /// While Timeline or Quotes is focused, the Source pane previews the selected row.
  private mutating func followSelection() {
    guard state.focus == .timeline || state.focus == .quotes,
      let span = selectedSpan(state.focus)
    else { return }
    show(SourceTarget(span: span))
  }

  /// The span of the selected event or quote in `pane`.
  func selectedSpan(_ pane: Pane) -> TextSpan? {
    let row = state.cursor(pane).row
    switch pane {
    case .timeline:
      return state.timeline.indices.contains(row) ? corpus.events[state.timeline[row]].span : nil
    case .quotes:
      return state.view.quotes.indices.contains(row)
        ? corpus.quotes[state.view.quotes[row]].span : nil
    case .actors, .source:
      return nil
    }
  }

  /// Points the Source pane at `target`, scrolled to the top when the paragraph changes.
  mutating func show(_ target: SourceTarget) {
    if state.source?.location != target.location { state.cursors[.source] = PaneCursor() }
    state.source = target
  }
}

extension Int {
  /// Addition that saturates instead of trapping (for "move to the end" deltas).
  func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? Int.max : Int.min) : sum
  }
}
