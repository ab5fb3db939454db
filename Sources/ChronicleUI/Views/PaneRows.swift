import ChronicleCore

/// The rows of the list panes as styled text, shared by drawing and searching so that `/`
/// finds exactly what is on screen.
struct PaneRows {
  let corpus: Corpus
  let state: AppState

  func count(_ pane: Pane) -> Int {
    switch pane {
    case .timeline: state.timeline.count
    case .actors: state.actorRows.count
    case .quotes: state.view.quotes.count
    case .source:
      SourceText(corpus: corpus, target: state.source).lines(width: width(.source)).count
    }
  }

  /// Row `row` of `pane`.
  func line(_ pane: Pane, _ row: Int) -> StyledLine {
    switch pane {
    case .timeline: timelineLine(corpus.events[state.timeline[row]])
    case .actors: actorLine(state.actorRows[row])
    case .quotes: quoteLine(corpus.quotes[state.view.quotes[row]])
    case .source: SourceText(corpus: corpus, target: state.source).lines(width: width(.source))[row]
    }
  }

  private func width(_ pane: Pane) -> Int { state.contentWidth(pane) }

  /// Width of the Timeline date column: room for "week of 10 Oct 2016" where the pane is
  /// wide, a day ("10 Oct 2016") where it is narrow.
  static func dateWidth(paneWidth: Int) -> Int { paneWidth >= 72 ? 20 : 12 }

  func timelineLine(_ event: Event) -> StyledLine {
    var line = StyledLine()
    // An inherited date (the sentence before's) is shown dimmed.
    let width = Self.dateWidth(paneWidth: width(.timeline))
    line.append(Self.padded(dateLabel(event), width), event.inherited ? .dim : .date)
    line.append(event.summary)
    let names = event.actors.compactMap { corpus.actor($0)?.name }
    if !names.isEmpty { line.append(" · " + names.joined(separator: ", "), .actor) }
    return line
  }

  /// The date as a person reads it (`TimeExpression.label`), else a dash for undated events.
  func dateLabel(_ event: Event) -> String {
    event.time.flatMap(corpus.time)?.label ?? "—"
  }

  func actorLine(_ row: ActorRow) -> StyledLine {
    switch row {
    case .country(let code?):
      let name = corpus.country(code)?.name ?? code
      return StyledLine([.init(text: "\(name) (\(code))", role: .country)])
    case .country(nil):
      return StyledLine("No country", .country)
    case .actor(let position):
      let actor = corpus.actors[position]
      var line = StyledLine("  ")
      line.append(actor.name, .actor)
      if let title = actor.title { line.append(", " + title, .dim) }
      let quotes =
        corpus.index.quotesByActor[actor.id]?.count { corpus.quotes[$0].speaker == actor.id } ?? 0
      line.append("  \(actor.mentions.count) mentions · \(quotes) quotes", .dim)
      return line
    }
  }

  func quoteLine(_ quote: Quote) -> StyledLine {
    var line = StyledLine()
    line.append(quote.speaker.flatMap(corpus.actor)?.name ?? "(unattributed)", .actor)
    line.append(" · ")
    line.append(quote.kind == .direct ? "“\(quote.text)”" : quote.text, .quote)
    return line
  }

  /// `text` in a column of `width` cells: padded, or cut with an ellipsis, always leaving one
  /// blank cell before the next column.
  static func padded(_ text: String, _ width: Int) -> String {
    let room = width - 1
    let full = text.displayWidth
    if full <= room { return text + String(repeating: " ", count: max(0, width - full)) }
    var result = ""
    var used = 0
    for character in text {
      let w = String(character).displayWidth
      if used + w > room - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…" + String(repeating: " ", count: max(0, width - used - 1))
  }
}
