import ChronicleCore

/// The selected actor, quote or event as an edit target, and the check that an edit applies
/// before it is handed to the app.
extension Reducer {
  mutating func onActor(_ make: (Actor) -> Edit) { onActor { .success(make($0)) } }

  mutating func onActor(_ make: (Actor) -> Result<Edit, CurationProblem>) {
    let row = state.cursor(.actors).row
    guard state.focus == .actors, state.actorRows.indices.contains(row),
      case .actor(let position) = state.actorRows[row]
    else { return refuse("select an actor in the Actors pane first") }
    submit(make(corpus.actors[position]))
  }

  mutating func onQuote(_ make: (Quote, SpanTarget) -> Edit) { onQuote { .success(make($0, $1)) } }

  mutating func onQuote(_ make: (Quote, SpanTarget) -> Result<Edit, CurationProblem>) {
    let row = state.cursor(.quotes).row
    guard state.focus == .quotes, state.quotes.indices.contains(row),
      let position = state.quotes[row].item
    else {
      return refuse("select a quote in the Quotes pane first")
    }
    let quote = corpus.quotes[position]
    guard let target = target(quote.span, text: quote.text) else { return }
    submit(make(quote, target))
  }

  mutating func onEvent(_ make: (SpanTarget) -> Edit) { onEvent { .success(make($0)) } }

  mutating func onEvent(_ make: (SpanTarget) -> Result<Edit, CurationProblem>) {
    let row = state.cursor(.timeline).row
    guard state.focus == .timeline, state.timeline.indices.contains(row),
      let position = state.timeline[row].item
    else {
      return refuse("select an event in the Timeline first")
    }
    let span = corpus.events[position].span
    guard let target = target(span, text: corpus.text(of: span)) else { return }
    submit(make(target))
  }

  private func target(_ span: TextSpan, text: String?) -> SpanTarget? {
    guard let document = corpus.document(span.document), let text else { return nil }
    return SpanTarget(document: DocumentTarget(document), text: text)
  }

  /// Hands a checked edit to the app to save, or shows why it was refused.
  private mutating func submit(_ made: Result<Edit, CurationProblem>) {
    switch made {
    case .failure(let problem): refuse(problem.message)
    case .success(let edit):
      guard Curation.apply([edit], to: corpus).applies == [true] else {
        return refuse("cannot \(edit.summary): it does not apply here")
      }
      effects.append(.saveEdit(edit))
    }
  }

  private mutating func refuse(_ message: String) { state.message = .error(message) }
}
