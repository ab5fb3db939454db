/// The paragraph's tokens, walked alongside the time scanner: a time word that spans exactly
/// one of them reuses its lower-case text as key and its `timeWord` class for the lexicon.
struct ParagraphWords {
  private let tokens: [Token]
  private var next = 0

  init(_ tokens: [Token]) { self.tokens = tokens }

  /// The key and lexicon entry of an ASCII word at `span`, or `nil` when no paragraph word
  /// covers just that span (or it is longer than a key may be). Spans must come in order.
  mutating func lookUp(_ span: Range<Int>) -> (String, TimeWord)? {
    while next < tokens.count, tokens[next].start < span.lowerBound { next += 1 }
    guard next < tokens.count, tokens[next].start == span.lowerBound,
      tokens[next].end == span.upperBound, tokens[next].isWord, span.count <= 15
    else { return nil }
    let key = tokens[next].lower
    guard tokens[next].classes.contains(.timeWord) else { return (key, .none) }
    return (key, TimeLexicon.words[key] ?? .none)
  }
}
