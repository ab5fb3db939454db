extension Corpus {
  /// The corpus as the explorer shows it under `terms`: the remaining events, quotes and
  /// actors, the times those events use, and the countries they name. Documents stay whole so
  /// every span still points at its paragraph. This is what `:export` writes.
  public func filtered(by terms: [FilterTerm]) -> Corpus {
    guard !terms.isEmpty else { return self }
    let view = FilteredView(corpus: self, terms: terms)
    let keptEvents = view.events.map { events[$0] }
    let keptQuotes = view.quotes.map { quotes[$0] }
    let keptActors = view.actors.map { actors[$0] }
    let timeIDs = Set(keptEvents.compactMap(\.time))
    let quoteIDs = Set(keptQuotes.map(\.id))
    var codes = Set(keptEvents.flatMap(\.countries))
    codes.formUnion(keptActors.compactMap(\.country))
    for case .country(let code) in terms { codes.insert(code) }
    return Corpus(
      documents: documents, actors: keptActors,
      countries: countries.filter { codes.contains($0.code) }, places: places,
      times: times.filter { timeIDs.contains($0.id) }, quotes: keptQuotes,
      events: keptEvents.map { event in
        var event = event
        event.quotes = event.quotes.filter { quoteIDs.contains($0) }
        return event
      })
  }
}
