/// "Doe's claim that the vote was rigged", "his warning that prices would rise", "the
/// notion that taxes must rise": a noun of saying or believing reports the clause its "that"
/// opens, as the verb would, with its owner as speaker when the text names one.
enum NominalClaim {
  /// The first owned claim of a sentence, with its owner as speaker when the text names one.
  static func act(
    in sentence: Range<Int>, _ p: TokenizedParagraph, entities: ParagraphEntities, quoted: (Int) -> Bool
  ) -> SpeechAct? {
    let tokens = p.tokens
    var i = sentence.lowerBound + 1
    while i + 2 < sentence.upperBound {
      defer { i += 1 }
      guard tokens[i + 1].lower == "that", !quoted(i), nouns.contains(tokens[i].lower) else { continue }
      let owner = tokens[i - 1]
      let speaker: Int?
      if owner.kind == .possessive {
        speaker = i >= 2 ? entities.actor(endingAt: i - 2)?.actor : nil
      } else if possessives.contains(owner.lower)
        || ThatClause.follows(verb: i..<(i + 1), base: "", sentence: sentence, p)
      {
        speaker = nil
      } else {
        continue
      }
      guard let content = ContentSpan.trimmed((i + 2)..<sentence.upperBound, p) else { return nil }
      return SpeechAct(
        cue: i..<(i + 1), speaker: speaker, content: content, subjectStart: i - 1,
        attributesQuotations: false)
    }
    return nil
  }

  /// Possessive pronouns that own a claim.
  static let possessives: Set<String> = ["his", "her", "their", "its", "my", "our", "your"]

  /// Nouns of saying or believing that take a "that"-clause.
  static let nouns: Set<String> = [
    "claim", "claims", "assertion", "assertions", "argument", "arguments", "belief", "beliefs",
    "view", "warning", "warnings", "promise", "promises", "pledge", "suggestion", "insistence",
    "contention", "statement", "comment", "comments", "remark", "remarks", "fear", "fears",
    "hope", "hopes", "demand", "vow", "threat", "charge", "charges", "accusation",
    "accusations", "allegation", "allegations", "assurance", "assurances", "prediction",
    "position", "idea", "notion", "announcement", "admission", "denial", "boast", "complaint",
    "concern", "concerns", "worry", "worries", "speculation", "rumors", "rumours", "report",
    "reports", "impression", "expectation", "expectations", "evidence", "indication", "theory",
    "conviction", "realization", "recognition", "acknowledgment", "insinuation", "implication",
    "doubt", "doubts", "confidence", "sense", "signal",
  ]
}
