/// "Doe is confident that the bill will pass", "officials were worried that prices would
/// rise": a state of mind before a "that"-clause reports a view as a verb of belief would.
/// The clause is the content; its subject, when it names an actor, holds the view.
enum StanceAdjective {
  /// The first stance of a sentence: a form of "be" (past an adverb or "not"), a stance
  /// adjective, then "that" and a clause.
  static func act(
    in sentence: Range<Int>, _ p: TokenizedParagraph, entities: ParagraphEntities, quoted: (Int) -> Bool
  ) -> SpeechAct? {
    let tokens = p.tokens
    var a = sentence.lowerBound + 1
    while a + 2 < sentence.upperBound {
      defer { a += 1 }
      guard tokens[a].classes.contains(.viewHead), tokens[a + 1].reads("that"), !quoted(a),
        adjectives.contains(tokens[a].lower),
        ThatClause.follows(verb: a..<(a + 1), base: "", sentence: sentence, p)
      else { continue }
      var be = a - 1
      if be > sentence.lowerBound, tokens[be].lower == "not" || tokens[be].lower.endsIn("ly") { be -= 1 }
      guard tokens[be].classes.contains(.beForm) || linkingVerbs.contains(tokens[be].lower),
        let content = ContentSpan.trimmed((a + 2)..<sentence.upperBound, p)
      else { continue }
      var speaker: Int?
      if case .actor(let actor, _)? = SubjectFinder.subject(
        ofVerbAt: be, sentence: sentence, in: p, entities: entities, quoted: quoted)
      {
        speaker = actor
      }
      return SpeechAct(
        cue: be..<(a + 1), speaker: speaker, content: content, subjectStart: be,
        attributesQuotations: false)
    }
    return nil
  }

  /// Verbs that link a subject to its state of mind as "be" does ("remained confident").
  static let linkingVerbs: Set<String> = [
    "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears",
    "appeared", "grew", "became", "feel", "feels", "felt",
  ]

  /// States of mind that take a "that"-clause ("It is clear that" names no one's view).
  static let adjectives: Set<String> = [
    "worried", "concerned", "convinced", "confident", "hopeful", "optimistic", "skeptical",
    "sceptical", "aware", "unaware", "afraid", "certain", "sure", "adamant", "fearful",
    "pleased", "glad", "proud", "disappointed", "angry", "upset", "surprised", "happy",
    "insistent", "doubtful", "unsure", "uncertain", "positive", "persuaded", "satisfied",
    "relieved", "frustrated", "alarmed", "troubled", "dismayed", "outraged", "shocked",
    "encouraged", "heartened", "thrilled", "delighted", "grateful", "thankful",
  ]
}
