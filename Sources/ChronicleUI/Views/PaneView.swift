import ChronicleCore

/// Draws one pane: its frame, its visible rows (selection and search matches marked) and, for
/// the Source pane, the document header.
struct PaneView {
  let pane: Pane
  let state: AppState
  let corpus: Corpus

  func draw(in rect: Rect, into grid: inout CellGrid) {
    let focused = state.focus == pane
    Frame.draw(rect, title: title, focused: focused, into: &grid)
    let inside = rect.inset(1)
    guard inside.width > 0, inside.height > 0 else { return }
    pane == .source ? drawSource(inside, &grid) : drawList(inside, focused: focused, &grid)
  }

  private var rows: PaneRows { PaneRows(corpus: corpus, state: state) }

  private var query: String? { state.search?.pane == pane ? state.search?.query : nil }

  private var title: String {
    switch pane {
    case .timeline: return "\(pane.title) (\(state.shownEvents))"
    case .actors: return "\(pane.title) (\(state.shownActors))"
    case .quotes: return "\(pane.title) (\(state.shownQuotes))"
    case .source: return pane.title
    }
  }

  private func drawList(_ inside: Rect, focused: Bool, _ grid: inout CellGrid) {
    let cursor = state.cursor(pane)
    let count = rows.count(pane)
    guard count > 0 else {
      StyledLine(emptyText, .dim).draw(into: &grid, row: inside.row, in: inside)
      return
    }
    for offset in 0..<inside.height {
      let row = cursor.scroll + offset
      guard row < count else { break }
      let screenRow = inside.row + offset
      let (line, provenance) = rows.row(pane, row)
      line.highlighting(query).fitted(to: inside.width, trailing: provenance)
        .draw(into: &grid, row: screenRow, in: inside)
      if row == cursor.row {
        let bar = Rect(row: screenRow, col: inside.col, width: inside.width, height: 1)
        grid.restyle(bar, role: focused ? .selection : .inactiveSelection)
      }
    }
  }

  private var emptyText: String {
    if state.loading != nil { return "Loading…" }
    if !state.filters.isEmpty { return "Nothing matches the filters (x clears them)" }
    return pane == .actors ? "No actors found" : "Nothing found in the text"
  }

  private func drawSource(_ inside: Rect, _ grid: inout CellGrid) {
    let text = SourceText(corpus: corpus, target: state.source)
    text.header().cut(to: inside.width).draw(into: &grid, row: inside.row, in: inside)
    let lines = text.lines(width: inside.width)
    let scroll = state.cursor(.source).scroll
    let height = inside.height - 1
    for offset in 0..<height {
      let index = scroll + offset
      guard index < lines.count else { break }
      lines[index].highlighting(query).draw(into: &grid, row: inside.row + 1 + offset, in: inside)
    }
    drawMoreMarker(above: scroll, below: lines.count - scroll - height, inside, &grid)
  }

  /// "↑ 3 above · ↓ 12 more" on the bottom edge when the text goes on past the pane.
  private func drawMoreMarker(above: Int, below: Int, _ inside: Rect, _ grid: inout CellGrid) {
    var parts: [String] = []
    if above > 0 { parts.append("↑ \(above) above") }
    if below > 0 { parts.append("↓ \(below) more") }
    guard !parts.isEmpty else { return }
    let label = " " + parts.joined(separator: " · ") + " "
    let edge = Rect(row: inside.bottom, col: inside.col, width: inside.width, height: 1)
    let col = max(inside.col, inside.right - label.displayWidth - 1)
    grid.write(label, row: edge.row, col: col, role: .title, clip: edge)
  }
}
