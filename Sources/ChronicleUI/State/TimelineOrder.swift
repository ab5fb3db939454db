import ChronicleCore

/// How the Timeline lists events (`:sort`): by resolved time, as the corpus orders them, or by
/// where they are told (document, then paragraph, then position), to read an article in order.
public enum TimelineOrder: String, Sendable, CaseIterable {
  case date
  case document

  /// `events` (positions into `corpus.events`, in corpus order) in this order.
  func arrange(_ events: [Int], in corpus: Corpus) -> [Int] {
    guard self == .document else { return events }
    let documentOrder = corpus.index.documentByID
    return events.sorted { a, b in
      let (x, y) = (corpus.events[a].span, corpus.events[b].span)
      let left = (documentOrder[x.document] ?? Int.max, x.paragraph, x.start, a)
      let right = (documentOrder[y.document] ?? Int.max, y.paragraph, y.start, b)
      return left < right
    }
  }
}
