import ChronicleCore

/// The `v` overlay: the selected event's or quote's full text, wrapped, with who, when and
/// where it comes from; for rows the panes cut. Any key closes it.
struct DetailOverlay {
  let state: AppState
  let corpus: Corpus

  /// The fields shown, label then value, for the focused pane's selected row.
  var fields: [(String, String)] {
    let rows =
      state.focus == .timeline ? state.timeline : state.focus == .quotes ? state.quotes : []
    let row = state.cursor(state.focus).row
    guard rows.indices.contains(row), let position = rows[row].item else {
      return [("", "Select an event in Timeline or a quote in Quotes, then press v.")]
    }
    let paneRows = PaneRows(corpus: corpus, state: state)
    if state.focus == .timeline {
      let event = corpus.events[position]
      let names = event.actors.compactMap { corpus.actor($0)?.name }
      let quotes = event.quotes.compactMap(corpus.quote).map(Self.quoted)
      return [("Date", paneRows.dateLabel(event)), ("Event", event.summary)]
        + (names.isEmpty ? [] : [("Actors", names.joined(separator: ", "))])
        + (event.countries.isEmpty ? [] : [("Countries", event.countries.joined(separator: ", "))])
        + quotes.map { ("Quote", $0) } + source(event.span)
    }
    let quote = corpus.quotes[position]
    return [
      ("Speaker", quote.speaker.flatMap(corpus.actor)?.name ?? "(unattributed)"),
      (quote.kind == .direct ? "Quote" : "Reported", Self.quoted(quote)),
    ] + (quote.cue.map { [("Cue", $0)] } ?? []) + source(quote.span)
  }

  private static func quoted(_ quote: Quote) -> String {
    quote.kind == .direct ? "“\(quote.text)”" : quote.text
  }

  private func source(_ span: TextSpan) -> [(String, String)] {
    guard let document = corpus.document(span.document) else { return [] }
    let label = DocumentLabel(document: document)
    return [("Source", label.heading + " · ¶ \(span.paragraph + 1)"), ("File", document.path)]
  }

  func lines(width: Int) -> [StyledLine] {
    let column = 11
    return fields.flatMap { label, value in
      let wrapped = Wrapper.wrap(StyledLine(value), width: max(1, width - column))
      return wrapped.enumerated().map { index, part in
        var line = StyledLine(PaneRows.padded(index == 0 ? label : "", column), .heading)
        line.runs += part.runs
        return line
      }
    }
  }

  func draw(in size: Size, into grid: inout CellGrid) {
    let width = min(100, size.width - 2)
    let all = lines(width: width - 2)
    let height = min(all.count + 2, size.height - 4)
    guard width > 2, height > 2 else { return }
    let box = Rect(
      row: max(0, (size.height - 2 - height) / 2), col: (size.width - width) / 2, width: width,
      height: height)
    grid.fill(box, role: .help)
    Frame.draw(box, title: "Detail — any key closes", focused: true, into: &grid)
    let inside = box.inset(1)
    for (offset, line) in all.prefix(inside.height).enumerated() {
      line.draw(into: &grid, row: inside.row + offset, in: inside)
    }
  }
}
