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

    init(reservingFor part: Corpus) {
      documents.reserveCapacity(part.documents.count)
      times.reserveCapacity(part.times.count)
      quotes.reserveCapacity(part.quotes.count)
      quoteSpeakers.reserveCapacity(part.quotes.count)
      events.reserveCapacity(part.events.count)
      eventKeys.reserveCapacity(part.events.count)
      eventActors.reserveCapacity(part.events.count)
    }
  }

  /// The actors of the corpus and, by cluster number, the id each cluster resolves to. The
  /// actors come without their mentions: those are `mentions`, by actor position.
  public struct ResolvedActors: Sendable {
    public var actors: [Actor]
    public var ids: [String]
    var mentions: [[MergedMention]]

    /// The actor ids of cluster numbers, each once, in order. An event names a few actors:
    /// looking back over those already taken is cheaper than hashing each id; a long list
    /// (a saved export may hold one) is hashed.
    public func ids(of clusters: [Int]) -> [String] {
      guard clusters.count <= 16 else {
        var seen = Set<String>()
        return clusters.map { ids[$0] }.filter { seen.insert($0).inserted }
      }
      var result: [String] = []
      result.reserveCapacity(clusters.count)
      for cluster in clusters where !result.contains(ids[cluster]) { result.append(ids[cluster]) }
      return result
    }
  }

  private var actorClusters = ActorClusters()
  /// The countries and places of the corpus without their mentions: those are
  /// `countryMentions` and `placeMentions`, by position.
  private(set) var countries: [Country] = []
  private(set) var places: [Place] = []
  private(set) var countryMentions: [[MergedMention]] = []
  private(set) var placeMentions: [[MergedMention]] = []
  /// The document ids mentions name, by `MergedMention.document`: the corpus's own, and any
  /// other a part's mention names (kept as it is, as its records keep it).
  private(set) var documentIDs: [String] = []
  private var documentNumbers: [String: Int32] = [:]
  private var countryPosition: [String: Int] = [:]
  private var placePosition: [String: Int] = [:]
  private var documentCount = 0
  private var timeCount = 0
  private var quoteCount = 0

  public init() {}

  /// Takes in the next part: merges its actors, countries and places into the tables and
  /// returns the rest renumbered.
  public mutating func join(_ part: Corpus) -> JoinedPart {
    // Every table and list sized once: growing them was a good part of joining a
    // one-document part, which runs on the one thread that writes the output.
    var joined = JoinedPart(reservingFor: part)
    var docID = [String: String](minimumCapacity: part.documents.count)
    var docNumber = [String: Int32](minimumCapacity: part.documents.count)
    for var document in part.documents {
      let id = Self.next("d", &documentCount)
      docID[document.id] = id
      docNumber[document.id] = documentNumber(id)
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
    let onlyNumber = only.flatMap { docNumber[$0.0] }
    func mentions(_ spans: [TextSpan]) -> [MergedMention] {
      var moved: [MergedMention] = []
      moved.reserveCapacity(spans.count)
      for s in spans {
        let number: Int32
        if let only, let onlyNumber, s.document == only.0 {
          number = onlyNumber
        } else {
          number = docNumber[s.document] ?? documentNumber(s.document)
        }
        moved.append(MergedMention(s, document: number))
      }
      return moved
    }
    var actorID = [String: Int](minimumCapacity: part.actors.count)
    for actor in part.actors {
      let moved = mentions(actor.mentions)
      actorID[actor.id] = actorClusters.add(actor, mentions: moved)
    }
    for country in part.countries {
      let moved = mentions(country.mentions)
      add(country, mentions: moved)
    }
    for place in part.places {
      let moved = mentions(place.mentions)
      add(place, mentions: moved)
    }

    var timePosition = [String: Int](minimumCapacity: part.times.count)
    for var time in part.times {
      timePosition[time.id] = joined.times.count
      time.id = Self.next("t", &timeCount)
      time.span = span(time.span)
      joined.times.append(time)
    }
    var quoteID = [String: String](minimumCapacity: part.quotes.count)
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
    let (actors, mentions, ids) = actorClusters.resolve(documentIDs: documentIDs)
    return ResolvedActors(actors: actors, ids: ids, mentions: mentions)
  }

  /// Mentions as spans of the model.
  func spans(_ mentions: [MergedMention]) -> [TextSpan] {
    mentions.map { $0.span(in: documentIDs) }
  }

  /// The number of document id `id` in `documentIDs`, which it joins if new.
  private mutating func documentNumber(_ id: String) -> Int32 {
    if let known = documentNumbers[id] { return known }
    let number = Int32(documentIDs.count)
    documentNumbers[id] = number
    documentIDs.append(id)
    return number
  }

  private mutating func add(_ country: Country, mentions: [MergedMention]) {
    if let at = countryPosition[country.code] {
      countryMentions[at] += mentions
    } else {
      countryPosition[country.code] = countries.count
      countries.append(Country(code: country.code, name: country.name, mentions: []))
      countryMentions.append(mentions)
    }
  }

  private mutating func add(_ place: Place, mentions: [MergedMention]) {
    let key = place.name.lowercased()
    if let at = placePosition[key] {
      placeMentions[at] += mentions
      for alias in place.aliases where !places[at].aliases.contains(alias) {
        places[at].aliases.append(alias)
      }
      places[at].country = places[at].country ?? place.country
    } else {
      var moved = place
      moved.id = RecordID.make("p", places.count + 1)
      moved.mentions = []
      placePosition[key] = places.count
      places.append(moved)
      placeMentions.append(mentions)
    }
  }

  /// The next corpus-wide id with `prefix` ("d7"), counting it.
  private static func next(_ prefix: Unicode.Scalar, _ count: inout Int) -> String {
    count += 1
    return RecordID.make(prefix, count)
  }
}
