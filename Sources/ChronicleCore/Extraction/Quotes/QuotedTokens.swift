/// Which tokens lie inside quotation marks. Asked once per token of the paragraph, so it is a
/// table, not a search over the stretches.
struct QuotedTokens {
  /// The tokens of each stretch, in the stretches' order.
  private(set) var tokenRanges: [Range<Int>] = []
  private var quoted: [Bool]
  private let stretches: [QuoteMarks.Stretch]

  init(stretches: [QuoteMarks.Stretch], p: TokenizedParagraph) {
    self.stretches = stretches
    quoted = [Bool](repeating: false, count: p.tokens.count)
    for s in stretches {
      let first = p.tokenIndex(atOrAfter: s.start)
      let last = p.tokenIndex(atOrAfter: s.end)
      let range = first..<max(first, last)
      tokenRanges.append(range)
      // Stretches do not overlap and are in order, so marking costs one pass in all.
      for token in range { quoted[token] = true }
    }
  }

  func contains(_ token: Int) -> Bool { token >= 0 && token < quoted.count && quoted[token] }

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
