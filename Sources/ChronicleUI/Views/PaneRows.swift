import ChronicleCore

/// The rows of the list panes as styled text, shared by drawing and searching so that `/`
/// finds exactly what is on screen.
///
/// A row is its text and, for events and quotes, where it comes from (outlet or file name and
/// publication date), which drawing sets against the right edge.
struct PaneRows {
  let corpus: Corpus
  let state: AppState

  func count(_ pane: Pane) -> Int {
    switch pane {
    case .timeline: state.timeline.count
    case .actors: state.actorRows.count
    case .quotes: state.quotes.count
    case .source: SourceText(corpus: corpus, target: state.source).lines(width: width).count
    }
  }

  /// Row `row` of `pane`: its text and its provenance.
  func row(_ pane: Pane, _ row: Int) -> (line: StyledLine, provenance: StyledLine) {
    switch pane {
    case .timeline: listRow(state.timeline[row], eventLine: true)
    case .quotes: listRow(state.quotes[row], eventLine: false)
    case .actors: (actorLine(state.actorRows[row]), StyledLine())
    case .source:
      (SourceText(corpus: corpus, target: state.source).lines(width: width)[row], StyledLine())
    }
  }

  /// Row `row` of `pane` as one line of text (what `/` searches).
  func line(_ pane: Pane, _ row: Int) -> StyledLine {
    var (line, provenance) = self.row(pane, row)
    if !provenance.runs.isEmpty { line.append(" ") }
    line.runs += provenance.runs
    return line
  }

  /// The document whose text row `row` of `pane` shows (an event's or a quote's), if any.
  func document(_ pane: Pane, _ row: Int) -> String? {
    let listRow: ListRow? =
      switch pane {
      case .timeline: state.timeline[row]
      case .quotes: state.quotes[row]
      case .actors, .source: nil
      }
    guard let position = listRow?.item else { return nil }
    return pane == .timeline ? corpus.events[position].span.document
      : corpus.quotes[position].span.document
  }

  private var width: Int { state.contentWidth(.source) }

  private func listRow(_ row: ListRow, eventLine: Bool) -> (StyledLine, StyledLine) {
    switch row {
    case .header(let header): return (headerLine(header), StyledLine())
    case .item(let position):
      let span = eventLine ? corpus.events[position].span : corpus.quotes[position].span
      let line = eventLine ? timelineLine(corpus.events[position]) : quoteLine(position)
      return (line, provenance(span.document, compact: state.contentWidth(pane(eventLine)) < 80))
    }
  }

  /// Width of the Timeline date column: room for "week of 10 Oct 2016" where the pane is
  /// wide, a day ("10 Oct 2016") where it is narrow.
  static func dateWidth(paneWidth: Int) -> Int { paneWidth >= 72 ? 20 : 12 }

  func timelineLine(_ event: Event) -> StyledLine {
    var line = StyledLine()
    // An inherited date (the sentence before's) is shown dimmed.
    let dateWidth = Self.dateWidth(paneWidth: state.contentWidth(.timeline))
    line.append(Self.padded(dateLabel(event), dateWidth), event.inherited ? .dim : .date)
    line.append(event.summary)
    let names = event.actors.compactMap { corpus.actor($0)?.name }
    if !names.isEmpty { line.append(" · " + names.joined(separator: ", "), .actor) }
    return line
  }

  /// The date as a person reads it (`TimeExpression.label`), else a dash for undated events.
  func dateLabel(_ event: Event) -> String {
    event.time.flatMap(corpus.time)?.label ?? "—"
  }

  private func headerLine(_ header: ListHeader) -> StyledLine {
    switch header {
    case .undated(let count):
      return StyledLine("── Undated (\(count)) · :undated hide leaves them out ──", .heading)
    case .document(let position):
      return StyledLine("── \(state.labels.heading(position)) ──", .heading)
    }
  }

  private func pane(_ eventLine: Bool) -> Pane { eventLine ? .timeline : .quotes }

  /// "outlet 12 Sep 2016", dim: where an event or quote was read; nothing when the corpus is
  /// one article (the Source header names it).
  private func provenance(_ documentID: String, compact: Bool) -> StyledLine {
    guard corpus.documents.count > 1, let position = corpus.index.documentByID[documentID] else {
      return StyledLine()
    }
    return StyledLine(state.labels.provenance(position, compact: compact), .dim)
  }

  func actorLine(_ row: ActorRow) -> StyledLine {
    let active = Set(state.filters)
    switch row {
    case .country(let code?):
      let label = corpus.country(code).map(CountryLabel.text) ?? code
      var line = StyledLine(label, .country)
      if state.filters.isEmpty, let mentions = corpus.country(code)?.mentions.count, mentions > 0 {
        line.append("  " + Self.counted(mentions, "mention"), .dim)
      }
      if active.contains(.country(code)) { line.append("  ◀ filter", .match) }
      return line
    case .country(nil):
      return StyledLine("No country", .country)
    case .actor(let position):
      let actor = corpus.actors[position]
      let records = state.namesakes.positions(of: actor, at: position).map { corpus.actors[$0] }
      let marked = records.contains { active.contains(.actor($0.id)) }
      var line = StyledLine(marked ? "▶ " : "  ", .match)
      line.append(actor.name, .actor)
      if let title = actor.title { line.append(", " + title, .dim) }
      let mentions = records.reduce(0) { $0 + $1.mentions.count }
      let quotes = records.reduce(0) { total, record in
        total
          + (corpus.index.quotesByActor[record.id]?.count { corpus.quotes[$0].speaker == record.id }
            ?? 0)
      }
      line.append(
        "  " + Self.counted(mentions, "mention") + " · " + Self.counted(quotes, "quote"), .dim)
      return line
    }
  }

  /// "1 mention", "3 mentions".
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  func quoteLine(_ position: Int) -> StyledLine {
    let quote = corpus.quotes[position]
    var line = StyledLine()
    line.append(quote.speaker.flatMap(corpus.actor)?.name ?? "(unattributed)", .actor)
    line.append(" · ")
    guard quote.kind == .indirect else {
      line.append("“\(quote.text)”", .quote)
      return line
    }
    let inner = (state.nesting.inner[position] ?? []).map { corpus.quotes[$0].text }
    line.runs += QuoteMarking.marked(quote.text, inner: inner).runs
    return line
  }

  /// `text` in a column of `width` cells: padded, or cut with an ellipsis, always leaving one
  /// blank cell before the next column.
  static func padded(_ text: String, _ width: Int) -> String {
    let cut = StyledLine(text).cut(to: width - 1).text
    return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
  }
}
