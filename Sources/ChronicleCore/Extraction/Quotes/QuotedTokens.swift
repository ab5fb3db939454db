/// Which tokens lie inside quotation marks.
struct QuotedTokens {
  private var ranges: [Range<Int>] = []
  private let stretches: [QuoteMarks.Stretch]

  init(stretches: [QuoteMarks.Stretch], p: TokenizedParagraph) {
    self.stretches = stretches
    for s in stretches {
      let first = p.tokenIndex(atOrAfter: s.start)
      let last = p.tokenIndex(atOrAfter: s.end)
      ranges.append(first..<max(first, last))
    }
  }

  func contains(_ token: Int) -> Bool { ranges.contains { $0.contains(token) } }

  func tokenRange(_ stretch: QuoteMarks.Stretch) -> Range<Int> {
    guard let n = stretches.firstIndex(of: stretch) else { return 0..<0 }
    return ranges[n]
  }

  /// The share of a scalar range that lies inside quotation marks.
  func coverage(_ start: Int, _ end: Int) -> Double {
    guard end > start else { return 0 }
    let inside = stretches.reduce(0) { sum, s in sum + max(0, min(end, s.end) - max(start, s.start)) }
    return Double(inside) / Double(end - start)
  }
}
