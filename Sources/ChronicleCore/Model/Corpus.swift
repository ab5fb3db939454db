import Foundation

/// Everything Chronicle knows about a set of articles: immutable once built, indexed for the
/// panes (by actor, by country, by paragraph) so a filter change never rescans the corpus.
public struct Corpus: Sendable {
  public let documents: [Document]
  public let actors: [Actor]
  public let countries: [Country]
  public let places: [Place]
  public let times: [TimeExpression]
  public let quotes: [Quote]
  /// Ordered as the timeline shows them: dated events by time, then undated ones.
  public let events: [Event]
  private let lazyIndex: LazyIndex

  /// Lookup tables, built on first use: a per-document corpus on its way to a merge never
  /// pays for them.
  public var index: CorpusIndex { lazyIndex.value(for: self) }

  public init(
    documents: [Document], actors: [Actor], countries: [Country], places: [Place],
    times: [TimeExpression], quotes: [Quote], events: [Event]
  ) {
    self.documents = documents
    self.actors = actors
    self.countries = countries
    self.places = places
    self.times = times
    self.quotes = quotes
    self.events = events
    self.lazyIndex = LazyIndex()
  }

  public static let empty = Corpus(
    documents: [], actors: [], countries: [], places: [], times: [], quotes: [], events: [])

  public func document(_ id: String) -> Document? {
    index.documentByID[id].map { documents[$0] }
  }

  public func actor(_ id: String) -> Actor? { index.actorByID[id].map { actors[$0] } }

  public func time(_ id: String) -> TimeExpression? { index.timeByID[id].map { times[$0] } }

  public func quote(_ id: String) -> Quote? { index.quoteByID[id].map { quotes[$0] } }

  public func country(_ code: String) -> Country? {
    index.countryByCode[code].map { countries[$0] }
  }

  public func paragraph(_ location: ParagraphLocation) -> Paragraph? {
    guard let doc = document(location.document),
      doc.paragraphs.indices.contains(location.paragraph)
    else { return nil }
    return doc.paragraphs[location.paragraph]
  }
}

/// Holds a corpus's index once it is built; safe to share between threads.
private final class LazyIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var built: CorpusIndex?

  func value(for corpus: Corpus) -> CorpusIndex {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let index = CorpusIndex(
      documents: corpus.documents, actors: corpus.actors, countries: corpus.countries,
      times: corpus.times, quotes: corpus.quotes, events: corpus.events)
    built = index
    return index
  }
}
