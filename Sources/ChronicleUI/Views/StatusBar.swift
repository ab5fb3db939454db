import ChronicleCore

/// The status line (focus, filters, counts) and the bottom line (prompt or message).
struct StatusBar {
  let state: AppState
  let corpus: Corpus

  func draw(_ layout: Layout, into grid: inout CellGrid) {
    grid.fill(layout.status, role: .status)
    statusLine.draw(into: &grid, row: layout.status.row, in: layout.status)
    drawBottom(layout.prompt, &grid)
  }

  var statusLine: StyledLine {
    let view = state.view
    let filters =
      state.filters.isEmpty
      ? "no filter" : state.filters.map(FilterLabel(corpus: corpus).text).joined(separator: " + ")
    if let loading = state.loading {
      let work =
        if loading.total == 0 {
          "Loading…"
        } else if loading.done == loading.total {
          "Merging \(loading.total) files…"
        } else {
          "Loading \(loading.done)/\(loading.total) files…"
        }
      return StyledLine(" \(state.focus.title) │ \(work) │ ? help", .status)
    }
    let counts =
      "\(view.events.count) of \(corpus.events.count) events · "
      + "\(view.quotes.count) of \(corpus.quotes.count) quotes · "
      + "\(view.actors.count) of \(corpus.actors.count) actors"
    return StyledLine(
      " \(state.focus.title) │ \(filters) │ \(counts)\(followLabel) │ ? help", .status)
  }

  /// " │ following +3" while following, " │ paused" when `F` stopped it.
  private var followLabel: String {
    guard let follow = state.follow else { return "" }
    let arrived = follow.arrived > 0 ? " +\(follow.arrived)" : ""
    return follow.isOn ? " │ following\(arrived)" : " │ paused\(arrived)"
  }

  private func drawBottom(_ rect: Rect, _ grid: inout CellGrid) {
    if let prompt = state.prompt {
      let text = prompt.leader + prompt.text
      let end = grid.write(text, row: rect.row, col: rect.col, role: .command, clip: rect)
      grid.write("█", row: rect.row, col: end, role: .command, clip: rect)
    } else if let message = state.message {
      grid.write(
        message.text, row: rect.row, col: rect.col, role: message.isError ? .error : .normal,
        clip: rect)
    }
  }
}
