/// Whether the words around a name make it the one who speaks: a speech verb after it
/// ("Rubio said", "Leavitt also reminded"), or "according to" / an inverted verb before it
/// ("according to Leavitt", "according to the NAACP", "said Rubio").
enum SpeakerCue {
  /// Words that may stand between a subject and its speech verb.
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "also", "later", "then", "again", "once", "would", "will", "could",
    "might", "may", "did", "does", "do", "is", "was", "were", "are", "been", "not", "never",
    "previously", "recently", "reportedly", "earlier", "further", "in", "a", "statement",
    "an", "interview", "on", "twitter", "simply", "just", "even", "still",
  ]

  /// The speech verb after a subject ending at `i`, if any: its token index and match.
  static func verb(after i: Int, in p: TokenizedParagraph) -> (at: Int, length: Int, base: String)? {
    let tokens = p.tokens
    let sentenceEnd = p.sentence(containing: max(0, i - 1)).upperBound
    var j = i
    var skipped = 0
    while j < sentenceEnd, skipped <= 3 {
      if let verb = SpeechVerbs.match(tokens, at: j, limit: sentenceEnd) { return (j, verb.length, verb.base) }
      let t = tokens[j]
      // "Acme Bank just this month announced", "Roe last week said" (not a weekday: "Super
      // Tuesday voters said" is no one's speech).
      guard t.kind == .word,
        t.classes.contains(.auxiliary) || t.lower.endsIn("ly") || t.classes.contains(.contentTimeWord)
      else {
        return nil
      }
      j += 1
      skipped += 1
    }
    return nil
  }

  static func follows(_ i: Int, in p: TokenizedParagraph) -> Bool { verb(after: i, in: p) != nil }

  /// "Jane Roe, 82, said", "Jane Roe, a writer for the paper, said": a speech verb after an
  /// apposition in commas (or a bracket, "(D-Va.)") that follows the name ending at `i`.
  static func followsApposition(_ i: Int, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    guard i < tokens.count, tokens[i].isPunctuation(",") || tokens[i].isPunctuation("(") else {
      return false
    }
    let sentenceEnd = p.sentence(containing: i).upperBound
    var j = i + 1
    while j < min(sentenceEnd, i + SubjectFinder.maxApposition) {
      let t = tokens[j]
      if t.isPunctuation(",") || t.isPunctuation(")") {
        if follows(j + 1, in: p) { return true }
      } else if case .quote = t.kind {
        return false
      }
      j += 1
    }
    return false
  }

  /// Whether "according to" stands right before token `i`.
  static func followsAccordingTo(_ i: Int, _ tokens: [Token]) -> Bool {
    i >= 2 && tokens[i - 1].lower == "to" && tokens[i - 2].lower == "according"
  }

  static func precedes(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    let i = range.lowerBound
    if followsAccordingTo(i, tokens) { return true }
    // "according to the NAACP": an organisation is named with its article.
    if i >= 1, tokens[i - 1].lower == "the", followsAccordingTo(i - 1, tokens) { return true }
    if QuoteDash.signs(before: i, in: p) { return true }
    if i >= 1, isInvertingVerb(tokens[i - 1]) { return true }
    // '"…," said Concord resident Jane Roe': after a quote or a comma, the verb's subject may
    // follow titles and role words; a full name only ("said a Nevada Democrat" names none).
    guard range.count >= 2 else { return false }
    var k = i - 1
    while k >= 1, i - k <= InvertedSubject.reach,
      InvertedSubject.isTitleLike(tokens[k]) || tokens[k].kind == .possessive
    {
      k -= 1
    }
    guard k >= 1, k < i - 1, isInvertingVerb(tokens[k]) else { return false }
    return tokens[k - 1].isPunctuation(",") || SpeechActFinder.isClosingQuote(tokens[k - 1])
  }

  /// Verbs after which news names the speaker ("said Rubio", "wrote Roe").
  static func isInvertingVerb(_ t: Token) -> Bool {
    guard let base = SpeechVerbs.base(of: t) else { return false }
    return base == "say" || base == "add" || base == "write" || base == "tell" || base == "note"
      || base == "explain"
  }
}
