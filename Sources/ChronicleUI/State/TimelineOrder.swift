import ChronicleCore

/// How the Timeline and Quotes panes list their items (`:sort`): by date, or by where they are
/// told (document, then paragraph, then position), to read an article in order.
public enum TimelineOrder: String, Sendable, CaseIterable {
  case date
  case document

  /// The Timeline's rows for `events` (positions in corpus order, which is date order): undated
  /// events in their own labelled block after the dated ones (unlabelled when nothing is
  /// dated), or left out when `showsUndated` is false; in document order, a header before
  /// each document's events.
  func timelineRows(_ events: [Int], in corpus: Corpus, showsUndated: Bool) -> [ListRow] {
    let isUndated = { (position: Int) in
      corpus.events[position].time.flatMap(corpus.time)?.sortDate == nil
    }
    switch self {
    case .date:
      let boundary = events.partitioningIndex { isUndated($0) }
      var rows = events[..<boundary].map(ListRow.item)
      if showsUndated, boundary < events.count {
        if boundary > 0 { rows.append(.header(.undated(count: events.count - boundary))) }
        rows += events[boundary...].map(ListRow.item)
      }
      return rows
    case .document:
      let kept = showsUndated ? events : events.filter { !isUndated($0) }
      return Self.grouped(kept, in: corpus) { corpus.events[$0].span }
    }
  }

  /// The Quotes pane's rows for `quotes` (positions in corpus order): by `dateKeys` (a key per
  /// quote position, see `QuoteDates`), or by document with a header before each document.
  func quoteRows(_ quotes: [Int], in corpus: Corpus, dates: QuoteDates) -> [ListRow] {
    switch self {
    case .date: return dates.arrange(quotes).map(ListRow.item)
    case .document: return Self.grouped(quotes, in: corpus) { corpus.quotes[$0].span }
    }
  }

  /// `items` ordered by document, paragraph and position, with a header row per document.
  private static func grouped(
    _ items: [Int], in corpus: Corpus, span: (Int) -> TextSpan
  ) -> [ListRow] {
    let documentOrder = corpus.index.documentByID
    let sorted = items.sorted { a, b in
      let (x, y) = (span(a), span(b))
      let left = (documentOrder[x.document] ?? Int.max, x.paragraph, x.start, a)
      let right = (documentOrder[y.document] ?? Int.max, y.paragraph, y.start, b)
      return left < right
    }
    var rows: [ListRow] = []
    var current: String?
    for position in sorted {
      let document = span(position).document
      if document != current {
        rows.append(.header(.document(documentOrder[document] ?? 0)))
        current = document
      }
      rows.append(.item(position))
    }
    return rows
  }
}

extension Collection where Index == Int {
  /// The first index whose element satisfies `predicate`, for a collection in which every
  /// element that satisfies it follows every element that does not (binary search).
  func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = low + (high - low) / 2
      if predicate(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
