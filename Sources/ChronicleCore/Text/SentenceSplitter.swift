/// Finds sentence ends: `.`, `!`, `?` (with any closing quotes or brackets after them), and
/// an acronym's dot ("…in the U.S. The…") when a usual sentence opener follows. Titles and
/// initials ("Mr.", "J.") never end a sentence.
enum SentenceSplitter {
  /// Longest sentence, in tokens; a longer run without an end is cut into pieces this long.
  /// News sentences stay far below it; text with no sentence ends (a scraped list, one long
  /// line) would otherwise be one sentence, and the extractors' per-sentence work (speech
  /// content, subjects) would grow with the square of its length.
  static let longestSentence = 250

  /// `scalars` are the paragraph's: the tests on every token look at its marks there rather
  /// than compare strings or copy the token.
  static func sentences(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    for sentence in sentenceEnds(tokens, scalars) {
      for start in stride(from: sentence.lowerBound, to: sentence.upperBound, by: longestSentence) {
        pieces.append(start..<min(start + longestSentence, sentence.upperBound))
      }
    }
    return pieces
  }

  private static func sentenceEnds(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < tokens.count {
      if endsSentence(tokens, at: i, scalars) {
        var end = i + 1
        while end < tokens.count, closesAfterEnd(tokens[end]) { end += 1 }
        // '"…?" he asked.' — a lower-case word after the marks goes on with the sentence.
        if end < tokens.count, end > i + 1, tokens[end].kind == .word,
          !tokens[end].isCapitalized
            || !tokens[i].isMark(".") && attributionFollows(tokens, at: end)
        {
          i = end
          continue
        }
        result.append(start..<end)
        start = end
        i = end
        continue
      }
      i += 1
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    return result
  }

  /// '"…?" Graham asked.', '"…!" Sen. Jane Doe said': a short name and a speech verb after
  /// a quote that ends in a question or exclamation mark belong to the quote's sentence.
  private static func attributionFollows(_ tokens: [Token], at i: Int) -> Bool {
    var j = i
    while j < min(tokens.count, i + 5), tokens[j].isCapitalized { j += 1 }
    return j > i && j < tokens.count && SpeechVerbs.match(tokens, at: j, limit: tokens.count) != nil
  }

  private static func endsSentence(
    _ tokens: [Token], at i: Int, _ scalars: [Unicode.Scalar]
  ) -> Bool {
    let start = tokens[i].start
    let end = tokens[i].end
    if tokens[i].kind == .punctuation {
      // A mark is one scalar, or the three of "...".
      let mark = scalars[start]
      if mark == "\u{2026}" || mark == "." && end - start == 3 {
        return i + 1 < tokens.count && tokens[i + 1].isCapitalized
      }
      return mark == "." || mark == "!" || mark == "?"
    }
    guard tokens[i].kind == .word, scalars[end - 1] == ".", i + 1 < tokens.count else { return false }
    let t = tokens[i]
    let bare = t.bare.lowercased()
    if Abbreviations.beforeName.contains(bare) { return false }
    if end - start == 2 { return false }  // an initial
    let next = tokens[i + 1]
    if case .quote(opening: true) = next.kind { return true }
    return next.isCapitalized && sentenceOpeners.contains(next.lower)
  }

  private static func closesAfterEnd(_ t: Token) -> Bool {
    if case .quote(opening: false) = t.kind { return true }
    return t.isPunctuation(")") || t.isPunctuation("]")
  }

  /// Words that usually open a sentence: after an acronym's dot they signal a new one.
  static let sentenceOpeners: Set<String> = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so",
    "in", "on", "at", "for", "this", "that", "these", "those", "there", "his", "her", "their",
    "its", "our", "my", "however", "meanwhile", "while", "when", "after", "before", "since",
    "if", "as", "although", "though", "yet", "still", "also", "many", "most", "some", "no",
    "not", "now", "then", "what", "who", "why", "how", "officials", "both",
  ]
}
