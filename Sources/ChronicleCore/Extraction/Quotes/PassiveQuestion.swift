/// "Doe was asked whether she would run", "When asked about the vote, Doe said …", "Asked
/// why, Roe …": a question put to someone is reported speech, its content what was asked.
/// The one asked is no speaker of it, and the asker is seldom named: the speaker stays
/// unknown.
enum PassiveQuestion {
  /// The first question of a sentence put in the passive or in a clause of its own.
  static func act(in sentence: Range<Int>, _ p: TokenizedParagraph, quoted: (Int) -> Bool) -> SpeechAct? {
    let tokens = p.tokens
    let first = SpeechActFinder.firstWord(sentence, p)
    var v = first
    while v + 1 < sentence.upperBound {
      defer { v += 1 }
      guard tokens[v].classes.contains(.viewHead), tokens[v].reads("asked"), !quoted(v),
        questionWords.contains(tokens[v + 1].lower)
      else { continue }
      let opensClause = v == first || v > first && clauseOpeners.contains(tokens[v - 1].lower)
      var b = v - 1
      if b > first, tokens[b].lower.endsIn("ly") || tokens[b].lower == "also" { b -= 1 }
      guard opensClause || b >= first && tokens[b].classes.contains(.beForm) else { continue }
      // "About" names the topic; "if", "whether" and the question words open the question.
      let start = tokens[v + 1].lower == "about" ? v + 2 : v + 1
      var end = start
      while end < sentence.upperBound, !tokens[end].isPunctuation(",") || quoted(end) { end += 1 }
      guard let content = ContentSpan.trimmed(start..<end, p) else { return nil }
      return SpeechAct(
        cue: (opensClause ? v : b)..<(v + 1), speaker: nil, content: content, subjectStart: v,
        attributesQuotations: false)
    }
    return nil
  }

  /// What follows "asked" when a question is reported rather than a favour ("asked for").
  static let questionWords: Set<String> = [
    "about", "if", "whether", "what", "how", "why", "who", "where", "when", "which",
  ]

  /// Words after which "asked" opens a clause of its own ("when asked about …").
  static let clauseOpeners: Set<String> = ["when", "if", "after", "once", "while", "as", "before"]
}
