import ChronicleCore

/// What the Timeline, Actors and Quotes panes have selected, by identity (an event's or quote's
/// span, an actor's id) rather than by row, so the selection follows its item when an edit
/// swaps in a new corpus and rows move (a re-dated event, a regrouped actor).
public struct SelectedItems: Sendable, Equatable {
  var event: TextSpan?
  var quote: TextSpan?
  var actor: String?

  /// The items selected in `state`, whose rows point into `corpus`.
  static func capture(_ state: AppState, in corpus: Corpus) -> SelectedItems {
    let timelineRow = state.cursor(.timeline).row
    let quoteRow = state.cursor(.quotes).row
    let actorRow = state.cursor(.actors).row
    var selected = SelectedItems()
    if state.timeline.indices.contains(timelineRow), let p = state.timeline[timelineRow].item {
      selected.event = corpus.events[p].span
    }
    if state.quotes.indices.contains(quoteRow), let p = state.quotes[quoteRow].item {
      selected.quote = corpus.quotes[p].span
    }
    if state.actorRows.indices.contains(actorRow), case .actor(let p) = state.actorRows[actorRow] {
      selected.actor = corpus.actors[p].id
    }
    return selected
  }

  /// Moves each pane's cursor to the row its item now has in `corpus`; a pane whose item is
  /// gone keeps its row.
  func restore(into state: inout AppState, in corpus: Corpus) {
    if let event,
      let row = state.timeline.firstIndex(where: { $0.item.map { corpus.events[$0].span } == event })
    {
      state.cursors[.timeline]?.row = row
    }
    if let quote,
      let row = state.quotes.firstIndex(where: { $0.item.map { corpus.quotes[$0].span } == quote })
    {
      state.cursors[.quotes]?.row = row
    }
    if let actor,
      let row = state.actorRows.firstIndex(where: { row in
        if case .actor(let p) = row { return corpus.actors[p].id == actor }
        return false
      })
    {
      state.cursors[.actors]?.row = row
    }
  }
}
