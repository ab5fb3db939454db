import ChronicleCore

/// When each quote was said, as a sort key: the date of the event that carries it, else its
/// document's publication date; so `:sort date` lists quotes as the Timeline lists events.
///
/// Built once per corpus; the unfiltered order is kept so clearing the filters costs a pass.
public struct QuoteDates: Sendable, Equatable {
  private let keys: [Int]
  private let allInOrder: [Int]

  init(corpus: Corpus) {
    let index = corpus.index
    keys = corpus.quotes.indices.map { position in
      if let event = index.eventOfQuote[position] {
        let key = ChronicleCore.TimelineOrder.key(corpus.events[event].time.flatMap(corpus.time))
        if key != Int.max { return key }
      }
      guard let day = corpus.document(corpus.quotes[position].span.document)?.published?.dayNumber
      else {
        return Int.max
      }
      return ChronicleCore.TimelineOrder.key(day: day)
    }
    allInOrder = ChronicleCore.TimelineOrder.order(keys)
  }

  /// `quotes` (ascending positions) in date order, reading order where dates are equal. A
  /// large share of the corpus (clearing a filter, the quotes pane without nested quotes) is
  /// picked out of the kept order in one pass instead of sorted again.
  func arrange(_ quotes: [Int]) -> [Int] {
    if quotes.count == keys.count { return allInOrder }
    if quotes.count > keys.count / Self.sortedShare {
      var wanted = [Bool](repeating: false, count: keys.count)
      for position in quotes { wanted[position] = true }
      return allInOrder.filter { wanted[$0] }
    }
    return quotes.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
  }

  /// Below one quote in this many, sorting the few beats a pass over them all.
  private static let sortedShare = 16
}
