/// Lays the reader's edits over extraction output: the one function every consumer (panes,
/// filters, exports, `extract`, `merge --edits`) uses, so they all show the same corrections.
/// The extracted corpus is never changed; a new one is built beside it.
public enum Curation {
  /// Applies `edits` oldest first. An edit whose target is gone is reported stale in
  /// `applies`, never dropped silently.
  public static func apply(_ edits: [Edit], to corpus: Corpus) -> CurationResult {
    guard !edits.isEmpty else { return CurationResult(corpus: corpus, applies: []) }
    var working = CurationWorkspace(corpus)
    let applies = edits.map { working.apply($0) }
    return CurationResult(corpus: working.corpus(), applies: applies)
  }
}

/// A curated corpus and, for each edit by position, whether it still found its target.
public struct CurationResult: Sendable {
  public let corpus: Corpus
  public let applies: [Bool]

  /// How many edits no longer find their target.
  public var staleCount: Int { applies.filter { !$0 }.count }
}

/// The corpus being curated, as mutable arrays, one edit at a time.
struct CurationWorkspace {
  let documents: [Document]
  let directory: DocumentDirectory
  var actors: [Actor]
  var countries: [Country]
  let places: [Place]
  var times: [TimeExpression]
  var quotes: [Quote]
  var events: [Event]

  init(_ corpus: Corpus) {
    documents = corpus.documents
    directory = DocumentDirectory(corpus.documents)
    actors = corpus.actors
    countries = corpus.countries
    places = corpus.places
    times = corpus.times
    quotes = corpus.quotes
    events = corpus.events
  }

  /// The result, events back in timeline order (a date edit moves an event).
  func corpus() -> Corpus {
    var ordered = events
    let timeByID = Dictionary(times.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let keys = ordered.map { TimelineOrder.key($0.time.flatMap { timeByID[$0] }) }
    TimelineOrder.sort(&ordered, keys: keys)
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: places, times: times,
      quotes: quotes, events: ordered)
  }

  /// Applies one edit; false when its target is gone.
  mutating func apply(_ edit: Edit) -> Bool {
    switch edit.operation {
    case .rename, .merge, .split, .setCountry, .hideActor: return applyToActor(edit)
    case .setSpeaker, .hideQuote: return applyToQuote(edit)
    case .setDate, .hideEvent: return applyToEvent(edit)
    }
  }

  /// The text `span` covers in its paragraph.
  func coveredText(_ span: TextSpan) -> String? {
    Corpus.text(of: span, in: directory.positions[span.document].map { documents[$0] })
  }

  /// The position in `items` of the first one in a targeted document covering the target text.
  func locate<T>(_ target: SpanTarget, in items: [T], span: (T) -> TextSpan, text: (T) -> String?)
    -> Int?
  {
    let ids = target.document.resolve(in: directory)
    return items.firstIndex { ids.contains(span($0).document) && text($0) == target.text }
  }
}

extension Corpus {
  /// The text `span` covers in its paragraph: what an edit remembers a quote or event by.
  public func text(of span: TextSpan) -> String? {
    Self.text(of: span, in: document(span.document))
  }

  static func text(of span: TextSpan, in document: Document?) -> String? {
    guard let document, document.paragraphs.indices.contains(span.paragraph) else { return nil }
    let scalars = document.paragraphs[span.paragraph].text.unicodeScalars
    guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
    let start = scalars.index(scalars.startIndex, offsetBy: span.start)
    return String(scalars[start..<scalars.index(start, offsetBy: span.end - span.start)])
  }
}
