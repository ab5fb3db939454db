/// Joins per-document corpora into one: renumbers every id corpus-wide (`d1`, `a1`, `q1`, …),
/// merges actors that are the same person across documents (conservatively, see
/// `ActorIdentity`), sums country mentions, and orders the events as a timeline.
public struct CorpusMerger: Sendable {
  public init() {}

  public func merge(_ parts: [Corpus]) -> Corpus {
    var documents: [Document] = []
    var actors: [Actor] = []
    var actorKeys = ActorIdentity.Registry()
    var countries: [Country] = []
    var countryPosition: [String: Int] = [:]
    var places: [Place] = []
    var placePosition: [String: Int] = [:]
    var times: [TimeExpression] = []
    var quotes: [Quote] = []
    var events: [Event] = []

    for part in parts {
      var docID: [String: String] = [:]
      for var document in part.documents {
        let id = "d\(documents.count + 1)"
        docID[document.id] = id
        document.id = id
        documents.append(document)
      }
      func span(_ s: TextSpan) -> TextSpan {
        var moved = s
        moved.document = docID[s.document] ?? s.document
        return moved
      }
      var actorID: [String: String] = [:]
      for actor in part.actors {
        var moved = actor
        moved.mentions = actor.mentions.map(span)
        if let existing = actorKeys.match(moved), actors.indices.contains(existing) {
          actors[existing].absorb(moved)
          actorKeys.record(actors[existing], at: existing)
          actorID[actor.id] = actors[existing].id
        } else {
          moved.id = "a\(actors.count + 1)"
          actorID[actor.id] = moved.id
          actorKeys.record(moved, at: actors.count)
          actors.append(moved)
        }
      }
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
      var timeID: [String: String] = [:]
      for var time in part.times {
        let id = "t\(times.count + 1)"
        timeID[time.id] = id
        time.id = id
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
        event.time = event.time.flatMap { timeID[$0] }
        event.actors = unique(event.actors.compactMap { actorID[$0] })
        event.quotes = event.quotes.compactMap { quoteID[$0] }
        event.span = span(event.span)
        events.append(event)
      }
    }
    let timeByID = Dictionary(times.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let ordered = TimelineOrder.sorted(events, times: timeByID)
    let renumbered = ordered.enumerated().map { position, event -> Event in
      var e = event
      e.id = "e\(position + 1)"
      return e
    }
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: places, times: times,
      quotes: quotes, events: renumbered)
  }

  private func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
