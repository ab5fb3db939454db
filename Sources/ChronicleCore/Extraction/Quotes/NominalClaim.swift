/// "Doe's claim that the vote was rigged", "his warning that prices would rise", "the
/// notion that taxes must rise": a noun of saying or believing reports the clause its "that"
/// opens, as the verb would, with its owner as speaker when the text names one. "Her
/// decision to run", "their refusal to testify": an owned noun of intent reports what it
/// intends.
enum NominalClaim {
  /// The first claim or owned intent of a sentence, with its owner as speaker when the text
  /// names one.
  static func act(
    in sentence: Range<Int>, _ p: TokenizedParagraph, entities: ParagraphEntities, quoted: (Int) -> Bool
  ) -> SpeechAct? {
    let tokens = p.tokens
    var i = sentence.lowerBound + 1
    while i + 2 < sentence.upperBound {
      defer { i += 1 }
      guard tokens[i].classes.contains(.viewHead) else { continue }
      let claim = tokens[i + 1].reads("that") && nouns.contains(tokens[i].lower)
      let intent =
        tokens[i + 1].reads("to") && intents.contains(tokens[i].lower) && tokens[i + 2].kind == .word
      guard claim || intent, !quoted(i) else { continue }
      let owner = tokens[i - 1]
      let speaker: Int?
      if owner.kind == .possessive {
        speaker = i >= 2 ? entities.actor(endingAt: i - 2)?.actor : nil
      } else if possessives.contains(owner.lower)
        || claim && ThatClause.follows(verb: i..<(i + 1), base: "", sentence: sentence, p)
      {
        speaker = nil
      } else {
        continue
      }
      // The clause after "that"; the intent with its "to" ("to open the borders").
      let start = claim ? i + 2 : i + 1
      guard let content = ContentSpan.trimmed(start..<sentence.upperBound, p) else { return nil }
      return SpeechAct(
        cue: i..<(i + 1), speaker: speaker, content: content, subjectStart: i - 1,
        attributesQuotations: false)
    }
    return nil
  }

  /// Nouns of intent that take a "to"-infinitive ("her decision to run"); not "ability",
  /// "effort" or "attempt", which report no one's view.
  static let intents: Set<String> = [
    "decision", "decisions", "plan", "plans", "refusal", "promise", "promises", "pledge",
    "pledges", "vow", "vows", "threat", "threats", "willingness", "unwillingness", "reluctance",
    "eagerness", "readiness", "desire", "intention", "intent", "wish", "commitment", "proposal",
    "proposals", "offer", "request", "demand", "call", "calls", "determination", "strategy",
    "hope", "hopes", "goal", "aim", "push", "order",
  ]

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
