extension Corpus {
  /// The corpus as the explorer shows it under `terms`: the remaining events, quotes and
  /// actors, the times those events use, the countries they name, and only the documents they
  /// point into (mentions elsewhere dropped), so an export of a few events stays small and
  /// every span still points at a document it holds. This is what `:export` writes.
  public func filtered(by terms: [FilterTerm]) -> Corpus {
    guard !terms.isEmpty else { return self }
    let view = FilteredView(corpus: self, terms: terms)
    let keptEvents = view.events.map { events[$0] }
    let keptQuotes = view.quotes.map { quotes[$0] }
    let timeIDs = Set(keptEvents.compactMap(\.time))
    let quoteIDs = Set(keptQuotes.map(\.id))
    let documentIDs = Set(keptEvents.map(\.span.document) + keptQuotes.map(\.span.document))
    let inKept = { (span: TextSpan) in documentIDs.contains(span.document) }
    let keptActors = view.actors.map { position in
      var actor = actors[position]
      actor.mentions = actor.mentions.filter(inKept)
      return actor
    }
    var codes = Set(keptEvents.flatMap(\.countries))
    codes.formUnion(keptActors.compactMap(\.country))
    for case .country(let code) in terms { codes.insert(code) }
    return Corpus(
      documents: documents.filter { documentIDs.contains($0.id) }, actors: keptActors,
      countries: countries.filter { codes.contains($0.code) }.map { country in
        var country = country
        country.mentions = country.mentions.filter(inKept)
        return country
      },
      places: places.compactMap { place in
        var place = place
        place.mentions = place.mentions.filter(inKept)
        return place.mentions.isEmpty ? nil : place
      },
      times: times.filter { timeIDs.contains($0.id) }, quotes: keptQuotes,
      events: keptEvents.map { event in
        var event = event
        event.quotes = event.quotes.filter { quoteIDs.contains($0) }
        return event
      })
  }
}
