/// The bookkeeping of a merge: gives each part's records corpus-wide ids (`d1`, `t1`, `q1`,
/// …) and merges what parts share — actors (`ActorClusters`), country and place mentions.
///
/// It keeps only the shared tables. Documents, times, quotes and events come back from `join`
/// renumbered for the caller to keep (`CorpusMerger`) or to write out at once
/// (`CorpusJSONStream`), so a merge need not hold them. Which actor a quote or event names is
/// known only when the whole corpus is (`resolveActors`): until then they carry the numbers
/// of actor clusters, which never change.
public struct CorpusJoiner: Sendable {
  /// A part's own records with corpus-wide ids; its events carry `TimelineOrder` keys, not
  /// yet their final ids (those follow the timeline order of the whole corpus).
  public struct JoinedPart: Sendable {
    public var documents: [Document] = []
    public var times: [TimeExpression] = []
    public var quotes: [Quote] = []
    public var events: [Event] = []
    /// Each event's `TimelineOrder.key`, by position.
    public var eventKeys: [Int] = []
    /// Each quote's speaker as an actor cluster number (the quote's own `speaker` is `nil`).
    public var quoteSpeakers: [Int?] = []
    /// Each event's actors as cluster numbers (the event's own `actors` are empty).
    public var eventActors: [[Int]] = []
  }

  /// The actors of the corpus and, by cluster number, the id each cluster resolves to.
  public struct ResolvedActors: Sendable {
    public var actors: [Actor]
    public var ids: [String]

    /// The actor ids of cluster numbers, each once, in order.
    public func ids(of clusters: [Int]) -> [String] {
      var seen = Set<String>()
      return clusters.map { ids[$0] }.filter { seen.insert($0).inserted }
    }
  }

  private var actorClusters = ActorClusters()
  public private(set) var countries: [Country] = []
  public private(set) var places: [Place] = []
  private var countryPosition: [String: Int] = [:]
  private var placePosition: [String: Int] = [:]
  private var documentCount = 0
  private var timeCount = 0
  private var quoteCount = 0

  public init() {}

  /// Takes in the next part: merges its actors, countries and places into the tables and
  /// returns the rest renumbered.
  public mutating func join(_ part: Corpus) -> JoinedPart {
    var joined = JoinedPart()
    var docID: [String: String] = [:]
    for var document in part.documents {
      let id = Self.next("d", &documentCount)
      docID[document.id] = id
      document.id = id
      joined.documents.append(document)
    }
    // Most parts hold one document: their spans move without a hash lookup each.
    let only = part.documents.count == 1 ? (part.documents[0].id, joined.documents[0].id) : nil
    func span(_ s: TextSpan) -> TextSpan {
      var moved = s
      if let only, s.document == only.0 {
        moved.document = only.1
      } else {
        moved.document = docID[s.document] ?? s.document
      }
      return moved
    }
    let actorID = addActors(part.actors, span: span)
    addCountries(part.countries, span: span)
    addPlaces(part.places, span: span)

    var timePosition: [String: Int] = [:]
    for var time in part.times {
      timePosition[time.id] = joined.times.count
      time.id = Self.next("t", &timeCount)
      time.span = span(time.span)
      joined.times.append(time)
    }
    var quoteID: [String: String] = [:]
    for var quote in part.quotes {
      let id = Self.next("q", &quoteCount)
      quoteID[quote.id] = id
      quote.id = id
      joined.quoteSpeakers.append(quote.speaker.flatMap { actorID[$0] })
      quote.speaker = nil
      quote.span = span(quote.span)
      joined.quotes.append(quote)
    }
    for var event in part.events {
      let time = event.time.flatMap { timePosition[$0] }.map { joined.times[$0] }
      event.time = time?.id
      joined.eventActors.append(event.actors.compactMap { actorID[$0] })
      event.actors = []
      event.quotes = event.quotes.compactMap { quoteID[$0] }
      event.span = span(event.span)
      joined.events.append(event)
      joined.eventKeys.append(TimelineOrder.key(time))
    }
    return joined
  }

  /// The actors of everything joined so far, resolved across the corpus. Called once, at the
  /// end: the actors take the mentions over, so the joiner holds none afterwards.
  public mutating func resolveActors() -> ResolvedActors {
    let (actors, ids) = actorClusters.resolve()
    return ResolvedActors(actors: actors, ids: ids)
  }

  /// Adds a part's actors to their clusters; returns the part's actor ids mapped to cluster
  /// numbers.
  private mutating func addActors(_ partActors: [Actor], span: (TextSpan) -> TextSpan)
    -> [String: Int]
  {
    var actorID: [String: Int] = [:]
    for actor in partActors {
      var moved = actor
      moved.mentions = actor.mentions.map(span)
      actorID[actor.id] = actorClusters.add(moved)
    }
    return actorID
  }

  private mutating func addCountries(_ partCountries: [Country], span: (TextSpan) -> TextSpan) {
    for country in partCountries {
      let mentions = country.mentions.map(span)
      if let at = countryPosition[country.code] {
        countries[at].mentions += mentions
      } else {
        countryPosition[country.code] = countries.count
        countries.append(Country(code: country.code, name: country.name, mentions: mentions))
      }
    }
  }

  private mutating func addPlaces(_ partPlaces: [Place], span: (TextSpan) -> TextSpan) {
    for place in partPlaces {
      let key = place.name.lowercased()
      if let at = placePosition[key] {
        places[at].mentions += place.mentions.map(span)
        for alias in place.aliases where !places[at].aliases.contains(alias) {
          places[at].aliases.append(alias)
        }
        places[at].country = places[at].country ?? place.country
      } else {
        var moved = place
        moved.id = "p\(places.count + 1)"
        moved.mentions = place.mentions.map(span)
        placePosition[key] = places.count
        places.append(moved)
      }
    }
  }

  /// The next corpus-wide id with `prefix` ("d7"), counting it.
  private static func next(_ prefix: String, _ count: inout Int) -> String {
    count += 1
    return "\(prefix)\(count)"
  }
}
