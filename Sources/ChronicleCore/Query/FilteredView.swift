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
  /// An actor term covers every record of that name (see `Namesakes`). An event or quote
  /// remains when every term involves it. An actor remains when it matches
  /// every term itself (it is the filtered actor, or belongs to the filtered country) or when it
  /// takes part in a remaining event or quote.
  public init(corpus: Corpus, terms: [FilterTerm]) {
    guard !terms.isEmpty else {
      self = .unfiltered(corpus)
      return
    }
    let index = corpus.index
    var namesakes: [String: [String]] = [:]
    for case .actor(let id) in terms { namesakes[id] = Namesakes.ids(of: id, in: corpus) }
    events = Self.intersect(
      terms.map { term in
        switch term {
        case .actor(let id):
          Self.union((namesakes[id] ?? [id]).map { index.eventsByActor[$0] ?? [] })
        case .country(let code): index.eventsByCountry[code] ?? []
        }
      })
    quotes = Self.intersect(
      terms.map { term in
        switch term {
        case .actor(let id):
          Self.union((namesakes[id] ?? [id]).map { index.quotesByActor[$0] ?? [] })
        case .country(let code): index.quotesByCountry[code] ?? []
        }
      })
    var involved = Set<String>()
    for position in events { involved.formUnion(corpus.events[position].actors) }
    for position in quotes {
      if let speaker = corpus.quotes[position].speaker { involved.insert(speaker) }
    }
    for candidate in Self.directCandidates(terms, namesakes, corpus) { involved.insert(candidate) }
    actors = involved.compactMap { index.actorByID[$0] }.sorted()
  }

  /// Actors that satisfy every term by themselves.
  private static func directCandidates(
    _ terms: [FilterTerm], _ namesakes: [String: [String]], _ corpus: Corpus
  ) -> [String] {
    var actorIDs = Set<String>()
    var names = Set<String>()
    var countries = Set<String>()
    for term in terms {
      switch term {
      case .actor(let id):
        actorIDs.formUnion(namesakes[id] ?? [id])
        names.insert(corpus.actor(id)?.name.lowercased() ?? id)
      case .country(let code): countries.insert(code)
      }
    }
    guard names.count <= 1, countries.count <= 1 else { return [] }
    let pool = actorIDs.isEmpty ? corpus.actors.map(\.id) : Array(actorIDs)
    return pool.filter { id in
      guard let code = countries.first else { return true }
      return corpus.actor(id)?.country == code
    }
  }

  /// Union of ascending position lists, ascending.
  static func union(_ lists: [[Int]]) -> [Int] {
    lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
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
