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

  /// Selects `row` of `pane` and scrolls it to the middle of the pane (as vim's `zz`), so a
  /// search hit or `:goto` target is read with what comes before and after it.
  mutating func place(_ pane: Pane, row: Int) {
    state.cursors[pane] = PaneCursor(row: row, scroll: max(0, row - state.visibleRows(pane) / 2))
  }

  /// A count before `G` or `g` (`5G`): that row, counted from 1, as in vim and less.
  mutating func moveTo(countedRow: Int) {
    guard state.focus != .source else {
      state.cursors[.source] = PaneCursor(scroll: countedRow - 1)
      return
    }
    place(state.focus, row: countedRow - 1)
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

  /// While Timeline or Quotes is focused, the Source pane previews the selected row; when
  /// the pane has nothing to select, the Source pane clears rather than show what the view no
  /// longer holds.
  private mutating func followSelection() {
    guard state.focus == .timeline || state.focus == .quotes else { return }
    if let span = selectedSpan(state.focus) {
      show(SourceTarget(span: span))
    } else if rows.count(state.focus) == 0 {
      state.source = nil
    }
  }

  /// The event or quote position on `row` of `pane`, nil on a header or another pane.
  func item(_ pane: Pane, row: Int) -> Int? {
    let rows = pane == .timeline ? state.timeline : pane == .quotes ? state.quotes : []
    return rows.indices.contains(row) ? rows[row].item : nil
  }

  /// The span of the selected event or quote in `pane`.
  func selectedSpan(_ pane: Pane) -> TextSpan? {
    guard let position = item(pane, row: state.cursor(pane).row) else { return nil }
    return pane == .timeline ? corpus.events[position].span : corpus.quotes[position].span
  }

  /// Points the Source pane at `target`; when the target changes, scrolls so that the
  /// highlight is in view with the text before it (see `SourceText.scroll`).
  mutating func show(_ target: SourceTarget) {
    guard state.source != target else { return }
    state.source = target
    rewrapSource()
  }

  /// Scrolls the Source pane to its target again, after its width changed the wrapping.
  mutating func rewrapSource() {
    guard let target = state.source else { return }
    let scroll = SourceText(corpus: corpus, target: target).scroll(
      width: state.contentWidth(.source), height: state.visibleRows(.source))
    state.cursors[.source] = PaneCursor(scroll: scroll)
  }
}

extension Int {
  /// Addition that saturates instead of trapping (for "move to the end" deltas).
  func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? Int.max : Int.min) : sum
  }
}
