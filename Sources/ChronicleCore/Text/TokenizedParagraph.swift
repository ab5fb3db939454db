/// A paragraph ready for the extractors: its scalars, tokens and sentences (as token ranges).
struct TokenizedParagraph: Sendable {
  let index: Int
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  let sentences: [Range<Int>]

  /// A paragraph of a document whose word forms `vocabulary` collects.
  init(_ paragraph: Paragraph, vocabulary: inout Vocabulary) {
    self.init(
      index: paragraph.index, scalars: [Unicode.Scalar](scalarsOf: paragraph.text),
      vocabulary: &vocabulary)
  }

  init(index: Int, scalars: [Unicode.Scalar]) {
    var vocabulary = Vocabulary()
    self.init(index: index, scalars: scalars, vocabulary: &vocabulary)
  }

  init(index: Int, scalars: [Unicode.Scalar], vocabulary: inout Vocabulary) {
    self.index = index
    self.scalars = scalars
    tokens = Tokenizer.tokenize(scalars, vocabulary: &vocabulary)
    sentences = SentenceSplitter.sentences(tokens, in: scalars)
  }

  /// The paragraph text between two scalar offsets.
  func text(_ start: Int, _ end: Int) -> String {
    String(scalars: scalars[max(0, start)..<min(end, scalars.count)])
  }

  /// The text a token range covers, with its original spacing.
  func text(tokens range: Range<Int>) -> String {
    guard let first = range.first, range.count > 0 else { return "" }
    return text(tokens[first].start, tokens[range.upperBound - 1].end)
  }

  /// The sentence (token range) a token lies in.
  func sentence(containing token: Int) -> Range<Int> {
    sentenceIndex(containing: token).map { sentences[$0] } ?? token..<(token + 1)
  }

  /// The first token that starts at or after a scalar offset.
  func tokenIndex(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

extension TokenizedParagraph {
  /// The first word of the sentence a token lies in (past any opening quote or bracket).
  func sentenceStart(of token: Int) -> Int {
    let sentence = self.sentence(containing: token)
    var i = sentence.lowerBound
    while i < sentence.upperBound, tokens[i].kind != .word { i += 1 }
    return i
  }
}
