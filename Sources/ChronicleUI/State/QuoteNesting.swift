import ChronicleCore

/// Direct quotes that lie inside a reported quote of the same speaker ("He said the plan was
/// “dead on arrival” and …"): the Quotes pane shows them as part of that row, highlighted,
/// not as rows of their own.
///
/// Built once per corpus, by paragraph, so a filter change only looks positions up.
public struct QuoteNesting: Sendable, Equatable {
  /// Nested direct quote position → the reported quote that holds it.
  private(set) var host: [Int: Int] = [:]
  /// Reported quote position → the direct quotes inside it.
  private(set) var inner: [Int: [Int]] = [:]
  /// Whether each quote position is nested: a filter change asks it of every quote shown.
  private var nested: [Bool] = []

  init(corpus: Corpus) {
    var reported: [ParagraphLocation: [Int]] = [:]
    for (position, quote) in corpus.quotes.enumerated()
    where quote.kind == .indirect && quote.speaker != nil {
      reported[quote.span.location, default: []].append(position)
    }
    guard !reported.isEmpty else { return }
    for (position, quote) in corpus.quotes.enumerated() where quote.kind == .direct {
      guard let speaker = quote.speaker,
        let holder = reported[quote.span.location]?.first(where: { candidate in
          let outer = corpus.quotes[candidate]
          return outer.speaker == speaker && outer.span.start <= quote.span.start
            && quote.span.end <= outer.span.end
        })
      else { continue }
      host[position] = holder
      inner[holder, default: []].append(position)
    }
    nested = [Bool](repeating: false, count: corpus.quotes.count)
    for position in host.keys { nested[position] = true }
  }

  func isNested(_ position: Int) -> Bool { nested.indices.contains(position) && nested[position] }
}
