/// Lookup tables built once with the corpus: ids to positions, and for each actor and country
/// the events and quotes that involve it, as sorted position lists that intersect cheaply.
public struct CorpusIndex: Sendable {
  public let documentByID: IDPositions
  public let actorByID: IDPositions
  public let timeByID: IDPositions
  public let quoteByID: IDPositions
  public let countryByCode: IDPositions
  /// Actor id → positions in `Corpus.events` (ascending).
  public let eventsByActor: [String: [Int]]
  /// Country code → positions in `Corpus.events` (ascending).
  public let eventsByCountry: [String: [Int]]
  /// Actor id → positions in `Corpus.quotes` of quotes they said or are named in.
  public let quotesByActor: [String: [Int]]
  /// Country code → positions in `Corpus.quotes` whose event or speaker involves it.
  public let quotesByCountry: [String: [Int]]
  /// By position in `Corpus.quotes`: the position of the event that carries the quote.
  public let eventOfQuote: [Int?]

  init(
    documents: [Document], actors: [Actor], countries: [Country], times: [TimeExpression],
    quotes: [Quote], events: [Event]
  ) {
    documentByID = IDPositions(documents.map(\.id))
    actorByID = IDPositions(actors.map(\.id))
    timeByID = IDPositions(times.map(\.id))
    quoteByID = IDPositions(quotes.map(\.id))
    countryByCode = IDPositions(countries.map(\.code))

    var byActor: [String: [Int]] = [:]
    var byCountry: [String: [Int]] = [:]
    var eventOfQuote = [Int?](repeating: nil, count: quotes.count)
    for (position, event) in events.enumerated() {
      for actor in Self.distinct(event.actors) { byActor[actor, default: []].append(position) }
      for country in Self.distinct(event.countries) {
        byCountry[country, default: []].append(position)
      }
      for quote in event.quotes {
        if let quotePosition = quoteByID[quote] { eventOfQuote[quotePosition] = position }
      }
    }
    eventsByActor = byActor
    eventsByCountry = byCountry
    self.eventOfQuote = eventOfQuote

    let actorCountry = Dictionary(
      actors.compactMap { a in a.country.map { (a.id, $0) } }, uniquingKeysWith: { a, _ in a })
    var quoteActors: [String: [Int]] = [:]
    var quoteCountries: [String: [Int]] = [:]
    for (position, quote) in quotes.enumerated() {
      var involved: [String] = []
      var places: [String] = []
      if let speaker = quote.speaker {
        involved.append(speaker)
        if let c = actorCountry[speaker] { places.append(c) }
      }
      if let e = eventOfQuote[position] {
        involved += events[e].actors
        places += events[e].countries
      }
      for a in Self.distinct(involved) { quoteActors[a, default: []].append(position) }
      for c in Self.distinct(places) { quoteCountries[c, default: []].append(position) }
    }
    quotesByActor = quoteActors
    quotesByCountry = quoteCountries
  }

  /// The ids without repeats, first occurrence kept. The lists are a few ids long, where a
  /// linear scan beats building a `Set` for every event and quote.
  private static func distinct(_ ids: [String]) -> [String] {
    var kept: [String] = []
    kept.reserveCapacity(ids.count)
    for id in ids where !kept.contains(id) { kept.append(id) }
    return kept
  }
}
