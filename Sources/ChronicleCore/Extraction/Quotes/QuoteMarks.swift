/// Pairs the double quotation marks of a paragraph into quoted stretches. Curly marks say
/// their side; straight ones alternate. A stretch still open at the paragraph's end runs to
/// it (the next paragraph reopens the quote, by news convention).
enum QuoteMarks {
  struct Stretch: Sendable, Equatable {
    /// Token index of the opening mark, or `nil` when the stretch continues from before.
    var open: Int?
    /// Token index of the closing mark, or `nil` when it runs to the paragraph's end.
    var close: Int?
    /// The quoted words, as scalar offsets without the marks.
    var start: Int
    var end: Int
  }

  static func isDouble(_ t: Token) -> Bool {
    guard case .quote = t.kind else { return false }
    return !t.isMark("\u{2018}") && !t.isMark("\u{2019}") && !t.isMark("'")
  }

  static func stretches(in p: TokenizedParagraph) -> [Stretch] {
    var result: [Stretch] = []
    var openAt: Int?
    var nested = false
    // By index, asking the kind first: most tokens are no quotation mark, and are passed
    // over without being copied out of the array.
    for i in p.tokens.indices {
      guard case .quote(let opening) = p.tokens[i].kind, isDouble(p.tokens[i]) else { continue }
      let t = p.tokens[i]
      if let o = openAt {
        let curlyOpen = t.isMark("\u{201C}") && opening
        if !p.tokens[o].isMark("\u{201C}") {
          // Curly marks inside a straight quote are a quote within the quote.
          if curlyOpen || nested && t.isMark("\u{201D}") {
            nested = curlyOpen
            continue
          }
        } else if curlyOpen {
          // Straight marks alternate whatever their look; a curly opening mark inside an
          // open curly quote restarts it (the earlier one was never closed).
          openAt = i
          continue
        }
        result.append(Stretch(open: o, close: i, start: p.tokens[o].end, end: t.start))
        openAt = nil
      } else if opening || t.isMark("\"") || t.text == "''" {
        openAt = i
      }
    }
    if let o = openAt {
      result.append(Stretch(open: o, close: nil, start: p.tokens[o].end, end: p.scalars.count))
    }
    return result.compactMap { trimmed($0, in: p) }
  }

  private static func trimmed(_ s: Stretch, in p: TokenizedParagraph) -> Stretch? {
    var start = s.start
    var end = s.end
    while start < end, p.scalars[start].isSpace { start += 1 }
    while end > start, p.scalars[end - 1].isSpace || p.scalars[end - 1] == "."
      || p.scalars[end - 1] == ","
    {
      end -= 1
    }
    guard end > start else { return nil }
    var out = s
    out.start = start
    out.end = end
    return out
  }
}
