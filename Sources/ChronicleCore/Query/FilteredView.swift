/// What remains of a corpus under a filter stack: positions into `Corpus.events`,
/// `Corpus.quotes` and `Corpus.actors`, in corpus order.
///
/// Built from the `CorpusIndex` lists (sorted position lists intersected), so a filter change
/// costs in proportion to what the filters select, never a rescan of every event.
public struct FilteredView: Sendable, Equatable {
  public let events: [Int]
  public let quotes: [Int]
  public let actors: [Int]

  public init(events: [Int], quotes: [Int], actors: [Int]) {
    self.events = events
    self.quotes = quotes
    self.actors = actors
  }

  /// Everything, as the explorer shows it with no filter.
  public static func unfiltered(_ corpus: Corpus) -> FilteredView {
    FilteredView(
      events: Array(corpus.events.indices), quotes: Array(corpus.quotes.indices),
      actors: Array(corpus.actors.indices))
  }

  /// Applies `terms` (AND) to `corpus`.
  ///
  /// An event or quote remains when every term involves it. An actor remains when it matches
  /// every term itself (it is the filtered actor, or belongs to the filtered country) or when it
  /// takes part in a remaining event or quote.
  public init(corpus: Corpus, terms: [FilterTerm]) {
    guard !terms.isEmpty else {
      self = .unfiltered(corpus)
      return
    }
    let index = corpus.index
    events = Self.intersect(
      terms.map { term in
        switch term {
        case .actor(let id): index.eventsByActor[id] ?? []
        case .country(let code): index.eventsByCountry[code] ?? []
        }
      })
    quotes = Self.intersect(
      terms.map { term in
        switch term {
        case .actor(let id): index.quotesByActor[id] ?? []
        case .country(let code): index.quotesByCountry[code] ?? []
        }
      })
    var involved = Set<String>()
    for position in events { involved.formUnion(corpus.events[position].actors) }
    for position in quotes {
      if let speaker = corpus.quotes[position].speaker { involved.insert(speaker) }
    }
    for candidate in Self.directCandidates(terms, corpus) { involved.insert(candidate) }
    actors = involved.compactMap { index.actorByID[$0] }.sorted()
  }

  /// Actors that satisfy every term by themselves.
  private static func directCandidates(_ terms: [FilterTerm], _ corpus: Corpus) -> [String] {
    var actorIDs = Set<String>()
    var countries = Set<String>()
    for term in terms {
      switch term {
      case .actor(let id): actorIDs.insert(id)
      case .country(let code): countries.insert(code)
      }
    }
    guard actorIDs.count <= 1, countries.count <= 1 else { return [] }
    let pool = actorIDs.isEmpty ? corpus.actors.map(\.id) : Array(actorIDs)
    return pool.filter { id in
      guard let code = countries.first else { return true }
      return corpus.actor(id)?.country == code
    }
  }

  /// Intersection of ascending position lists, smallest first.
  static func intersect(_ lists: [[Int]]) -> [Int] {
    let sorted = lists.sorted { $0.count < $1.count }
    guard var result = sorted.first else { return [] }
    for list in sorted.dropFirst() {
      let members = Set(list)
      result = result.filter { members.contains($0) }
      if result.isEmpty { break }
    }
    return result
  }
}
