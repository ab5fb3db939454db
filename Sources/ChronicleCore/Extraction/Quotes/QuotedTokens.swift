/// Which tokens lie inside quotation marks. Stretches do not overlap and are in order, so
/// their token ranges are searched by halves: most paragraphs have none or a few, and a
/// table with an entry per token cost more to build than the questions asked of it.
struct QuotedTokens {
  /// The tokens of each stretch, in the stretches' order.
  private(set) var tokenRanges: [Range<Int>] = []
  private let stretches: [QuoteMarks.Stretch]

  init(stretches: [QuoteMarks.Stretch], p: TokenizedParagraph) {
    self.stretches = stretches
    for s in stretches {
      let first = p.tokenIndex(atOrAfter: s.start)
      let last = p.tokenIndex(atOrAfter: s.end)
      tokenRanges.append(first..<max(first, last))
    }
  }

  func contains(_ token: Int) -> Bool {
    // The first range that ends after the token is the only one that may hold it.
    var low = 0
    var high = tokenRanges.count
    while low < high {
      let mid = (low + high) / 2
      if tokenRanges[mid].upperBound <= token { low = mid + 1 } else { high = mid }
    }
    return low < tokenRanges.count && tokenRanges[low].contains(token)
  }

  /// The share of a scalar range that lies inside quotation marks. Only the stretches that
  /// overlap it are visited (found by binary search: they are in order and do not overlap).
  func coverage(_ start: Int, _ end: Int) -> Double {
    guard end > start else { return 0 }
    var low = 0
    var high = stretches.count
    while low < high {
      let mid = (low + high) / 2
      if stretches[mid].end <= start { low = mid + 1 } else { high = mid }
    }
    var inside = 0
    for s in stretches[low...] {
      if s.start >= end { break }
      inside += max(0, min(end, s.end) - max(start, s.start))
    }
    return Double(inside) / Double(end - start)
  }
}
