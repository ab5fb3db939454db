/// Joins per-document corpora into one: renumbers every id corpus-wide (`d1`, `a1`, `q1`, …),
/// merges actors that are the same person across documents (conservatively, see
/// `ActorIdentity`), sums country mentions, and orders the events as a timeline.
///
/// It takes parts one at a time (`add`), in order, so an extraction can merge each document as
/// it comes and let its one-document corpus go, instead of holding every part and the merged
/// copy at once.
public struct CorpusMerger: Sendable {
  private var documents: [Document] = []
  private var actors: [Actor] = []
  private var actorKeys = ActorIdentity.Registry()
  private var countries: [Country] = []
  private var countryPosition: [String: Int] = [:]
  private var places: [Place] = []
  private var placePosition: [String: Int] = [:]
  private var times: [TimeExpression] = []
  private var quotes: [Quote] = []
  private var events: [Event] = []
  /// Each event's `TimelineOrder.key`, worked out as it comes in.
  private var eventKeys: [Int] = []

  public init() {}

  /// All `parts`, merged.
  public func merge(_ parts: [Corpus]) -> Corpus {
    var merger = self
    for part in parts { merger.add(part) }
    return merger.corpus()
  }

  /// The merged corpus, its events in timeline order; the merger is left empty. Its arrays
  /// are moved out (not shared), so the events are sorted and renumbered in place, not copied.
  public mutating func corpus() -> Corpus {
    var m = CorpusMerger()
    swap(&m, &self)
    TimelineOrder.sort(&m.events, keys: m.eventKeys)
    for position in m.events.indices { m.events[position].id = "e\(position + 1)" }
    return Corpus(
      documents: m.documents, actors: m.actors, countries: m.countries, places: m.places,
      times: m.times, quotes: m.quotes, events: m.events)
  }

  /// Takes in the next part.
  public mutating func add(_ part: Corpus) {
    var docID: [String: String] = [:]
    for var document in part.documents {
      let id = "d\(documents.count + 1)"
      docID[document.id] = id
      document.id = id
      documents.append(document)
    }
    // Most parts hold one document: their spans move without a hash lookup each.
    let only = part.documents.count == 1
      ? (part.documents[0].id, documents[documents.count - 1].id) : nil
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
    for country in part.countries {
      let mentions = country.mentions.map(span)
      if let at = countryPosition[country.code] {
        countries[at].mentions += mentions
      } else {
        countryPosition[country.code] = countries.count
        countries.append(Country(code: country.code, name: country.name, mentions: mentions))
      }
    }
    for place in part.places {
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
    var timePosition: [String: Int] = [:]
    for var time in part.times {
      timePosition[time.id] = times.count
      time.id = "t\(times.count + 1)"
      time.span = span(time.span)
      times.append(time)
    }
    var quoteID: [String: String] = [:]
    for var quote in part.quotes {
      let id = "q\(quotes.count + 1)"
      quoteID[quote.id] = id
      quote.id = id
      quote.speaker = quote.speaker.flatMap { actorID[$0] }
      quote.span = span(quote.span)
      quotes.append(quote)
    }
    for var event in part.events {
      let time = event.time.flatMap { timePosition[$0] }
      event.time = time.map { "t\($0 + 1)" }
      event.actors = unique(event.actors.compactMap { actorID[$0] })
      event.quotes = event.quotes.compactMap { quoteID[$0] }
      event.span = span(event.span)
      events.append(event)
      eventKeys.append(TimelineOrder.key(time.map { times[$0] }))
    }
  }

  /// Adds a part's actors, each merged into an earlier one or new; returns the part's actor
  /// ids mapped to corpus ids.
  private mutating func addActors(_ partActors: [Actor], span: (TextSpan) -> TextSpan)
    -> [String: String]
  {
    var actorID: [String: String] = [:]
    for actor in partActors {
      var moved = actor
      moved.mentions = actor.mentions.map(span)
      let identity = ActorIdentity(moved)
      if let existing = actorKeys.match(identity), actors.indices.contains(existing) {
        actors[existing].absorb(moved)
        actorKeys.record(ActorIdentity(actors[existing]), at: existing)
        actorID[actor.id] = actors[existing].id
      } else {
        moved.id = "a\(actors.count + 1)"
        actorID[actor.id] = moved.id
        actorKeys.record(identity, at: actors.count)
        actors.append(moved)
      }
    }
    return actorID
  }

  private func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
