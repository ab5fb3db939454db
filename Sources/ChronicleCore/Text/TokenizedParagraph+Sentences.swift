extension TokenizedParagraph {
  /// The index of the sentence a token lies in, `nil` past the last token.
  ///
  /// A binary search: extractors that ask this per quote, time or verb stay linear in the
  /// paragraph's length even when one paragraph holds thousands of sentences.
  func sentenceIndex(containing token: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if sentences[mid].upperBound <= token {
        low = mid + 1
      } else if sentences[mid].lowerBound > token {
        high = mid - 1
      } else {
        return mid
      }
    }
    return nil
  }
}
