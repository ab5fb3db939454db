import ChronicleCore

/// The status line (focus, filters, counts) and the bottom line (prompt or message).
struct StatusBar {
  let state: AppState
  let corpus: Corpus

  func draw(_ layout: Layout, into grid: inout CellGrid) {
    grid.fill(layout.status, role: .status)
    statusLine(width: layout.status.width).draw(
      into: &grid, row: layout.status.row, in: layout.status)
    drawBottom(layout.prompt, &grid)
  }

  /// The status line in `width` cells: focus, filters, counts and "? help". When it does not
  /// fit, filters are abbreviated first (names only, then "2 filters"), then the counts, so
  /// the counts and the way to help stay on screen.
  func statusLine(width: Int) -> StyledLine {
    let help = "? help "
    if let loading = state.loading {
      return StyledLine(" \(state.focus.title) │ \(work(loading)) │ \(help)", .status)
    }
    let filterForms = [fullFilters, shortFilters, filterCount]
    let countForms = [fullCounts, shortCounts]
    for counts in countForms {
      for filters in filterForms {
        let line = " \(state.focus.title) │ \(filters) │ \(counts)\(followLabel) │ \(help)"
        if line.displayWidth <= width { return StyledLine(line, .status) }
      }
    }
    let tail = " │ \(shortCounts)\(followLabel) │ \(help)"
    let lead = StyledLine(" \(filterCount)").cut(to: max(0, width - tail.displayWidth)).text
    return StyledLine(lead + tail, .status).cut(to: width)
  }

  /// " │ following +3" while following, " │ paused" when `F` stopped it.
  private var followLabel: String {
    guard let follow = state.follow else { return "" }
    let arrived = follow.arrived > 0 ? " +\(follow.arrived)" : ""
    return follow.isOn ? " │ following\(arrived)" : " │ paused\(arrived)"
  }

  /// What loading is doing, and how many articles a preview shows meanwhile.
  private func work(_ loading: LoadProgress) -> String {
    if loading.total == 0 { return "Loading…" }
    let doing =
      loading.done == loading.total
      ? "Merging \(loading.total) files…" : "Loading \(loading.done)/\(loading.total) files…"
    let shown = corpus.documents.count
    return shown == 0 ? doing : doing + " \(shown) shown so far"
  }

  private var fullFilters: String {
    state.filters.isEmpty
      ? "no filter" : state.filters.map(FilterLabel(corpus: corpus).text).joined(separator: " + ")
  }

  /// "Marco Rubio + PAK".
  private var shortFilters: String {
    state.filters.isEmpty
      ? "no filter"
      : state.filters.map { term in
        switch term {
        case .actor(let id): corpus.actor(id)?.name ?? id
        case .country(let code): code
        }
      }.joined(separator: " + ")
  }

  private var filterCount: String {
    state.filters.isEmpty ? "no filter" : PaneRows.counted(state.filters.count, "filter")
  }

  private var shownCounts: (events: Int, quotes: Int, allQuotes: Int) {
    (state.shownEvents, state.shownQuotes, corpus.quotes.count - state.nesting.host.count)
  }

  private var allActors: Int { corpus.actors.count - state.namesakes.repeats }

  private var fullCounts: String {
    let shown = shownCounts
    return "\(shown.events) of \(corpus.events.count) events · "
      + "\(shown.quotes) of \(shown.allQuotes) quotes · "
      + "\(state.shownActors) of \(allActors) actors"
  }

  private var shortCounts: String {
    let shown = shownCounts
    return "\(shown.events)/\(corpus.events.count) ev · \(shown.quotes)/\(shown.allQuotes) q · "
      + "\(state.shownActors)/\(allActors) act"
  }

  private func drawBottom(_ rect: Rect, _ grid: inout CellGrid) {
    if let prompt = state.prompt {
      let text = prompt.leader + prompt.text
      let end = grid.write(text, row: rect.row, col: rect.col, role: .command, clip: rect)
      grid.write("█", row: rect.row, col: end, role: .command, clip: rect)
    } else if let count = state.pendingCount {
      grid.write("\(count)", row: rect.row, col: rect.col, role: .command, clip: rect)
    } else if let message = state.message {
      grid.write(
        message.text, row: rect.row, col: rect.col, role: message.isError ? .error : .normal,
        clip: rect)
    }
  }
}
