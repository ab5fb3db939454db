/// A quoted name of a work rather than speech: “Fox News Sunday”, “Make Your Kid a
/// Millionaire”, “Contract with America”. Every word is capitalised but for short function
/// words, and the stretch is short and holds no sentence mark.
enum WorkTitle {
  static let maximumWords = 8

  /// Lower-case words a title may keep ("of", "with", "a").
  static let functionWords: Set<String> = [
    "a", "an", "the", "of", "and", "or", "with", "on", "in", "for", "to", "at", "by", "from",
    "as", "vs.",
  ]

  static func isTitle(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    var words = 0
    for t in p.tokens[range] {
      switch t.kind {
      case .word:
        guard t.isCapitalized || functionWords.contains(t.text) else { return false }
        words += 1
      case .punctuation:
        if [".", "!", "?", ",", ";", ":"].contains(t.text) { return false }
      default: break
      }
    }
    return words >= 2 && words <= maximumWords
  }
}
