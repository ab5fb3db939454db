/// Joins per-document corpora into one corpus in memory (ids renumbered and actors merged by
/// `CorpusJoiner`), its events ordered as a timeline.
///
/// It takes parts one at a time (`add`), in order, so an extraction can merge each document as
/// it comes and let its one-document corpus go, instead of holding every part and the merged
/// copy at once.
public struct CorpusMerger: Sendable {
  private var joiner = CorpusJoiner()
  private var documents: [Document] = []
  private var times: [TimeExpression] = []
  private var quotes: [Quote] = []
  private var events: [Event] = []
  private var eventKeys: [Int] = []
  private var quoteSpeakers: [Int?] = []
  private var eventActors: [[Int]] = []

  public init() {}

  /// All `parts`, merged.
  public func merge(_ parts: [Corpus]) -> Corpus {
    var merger = self
    for part in parts { merger.add(part) }
    return merger.corpus()
  }

  /// Takes in the next part.
  public mutating func add(_ part: Corpus) {
    let joined = joiner.join(part)
    documents += joined.documents
    times += joined.times
    quotes += joined.quotes
    events += joined.events
    eventKeys += joined.eventKeys
    quoteSpeakers += joined.quoteSpeakers
    eventActors += joined.eventActors
  }

  /// The merged corpus, its events in timeline order; the merger is left empty. Its arrays
  /// are moved out (not shared), so the events are sorted and renumbered in place, not copied.
  public mutating func corpus() -> Corpus {
    var m = CorpusMerger()
    swap(&m, &self)
    var resolved = m.joiner.resolveActors()
    for position in resolved.actors.indices {
      resolved.actors[position].mentions = m.joiner.spans(resolved.mentions[position])
      resolved.mentions[position] = []
    }
    var countries = m.joiner.countries
    for position in countries.indices {
      countries[position].mentions = m.joiner.spans(m.joiner.countryMentions[position])
    }
    var places = m.joiner.places
    for position in places.indices {
      places[position].mentions = m.joiner.spans(m.joiner.placeMentions[position])
    }
    for (position, speaker) in m.quoteSpeakers.enumerated() {
      m.quotes[position].speaker = speaker.map { resolved.ids[$0] }
    }
    for (position, actors) in m.eventActors.enumerated() {
      m.events[position].actors = resolved.ids(of: actors)
    }
    TimelineOrder.sort(&m.events, keys: m.eventKeys)
    for position in m.events.indices { m.events[position].id = RecordID.make("e", position + 1) }
    return Corpus(
      documents: m.documents, actors: resolved.actors, countries: countries, places: places,
      times: m.times, quotes: m.quotes, events: m.events)
  }
}
