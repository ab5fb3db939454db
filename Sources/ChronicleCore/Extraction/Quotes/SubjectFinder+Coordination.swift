/// The subject of a verb of saying joined to an earlier verb of its clause ("Roe shook her
/// head and said", "Doe knocked Roe on trade and called him …", "Roe paused, then added").
extension SubjectFinder {
  /// The subject of a verb joined to an earlier one of its clause by the word at `c` ("and",
  /// "but", a comma before "then"): the earlier verb's subject when a name is ("…, and the
  /// council denounced the plan and said"), else the sentence's subject, else the pronoun or
  /// role that is the earlier verb's subject.
  static func subject(
    ofVerbAt v: Int, joinedAt c: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph,
    _ entities: ParagraphEntities, quoted: (Int) -> Bool
  ) -> Subject? {
    let earlier = earlierVerbSubject(before: c, sentence, p, entities, quoted: quoted)
      .map { (subject: Subject.actor($0.actor, start: $0.tokens.lowerBound), isName: !$0.isReference) }
    if let earlier, earlier.isName { return earlier.subject }
    return openingSubject(before: v, sentence, p, entities, quoted: quoted) ?? earlier?.subject
  }

  /// The actor mention that is the subject of the nearest finite verb before a conjunction at
  /// `c` in its sentence ("the council denounced the plan and …"), past what is quoted and
  /// the subjects of reported clauses; `nil` when a pronoun no actor of ours stands for is
  /// that verb's subject, or no actor is.
  private static func earlierVerbSubject(
    before c: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    var k = c - 1
    while k >= sentence.lowerBound {
      defer { k -= 1 }
      guard tokens[k].kind == .word, !quoted(k) else { continue }
      if let mention = mentionEnding(at: k, entities) {
        // "Roe said that Doe would … and added": a subject of a reported clause is passed over.
        if !startsFiniteVerb(after: k, before: c, tokens) || isObject(mention, sentence, p, entities)
          || opensReportedClause(before: mention, sentence, p)
        {
          continue
        }
        return mention
      }
      if tokens[k].classes.contains(.pronoun), startsFiniteVerb(after: k, before: c, tokens) {
        return nil
      }
    }
    return nil
  }

  /// Whether a finite verb follows the word at `k`, past adverbs in "-ly", before `limit`: a
  /// finite auxiliary ("was", "will"), a past form ("denounced", "took") or a word of saying
  /// in "-s" ("says").
  private static func startsFiniteVerb(after k: Int, before limit: Int, _ tokens: [Token]) -> Bool {
    var f = k + 1
    while f < limit, tokens[f].kind == .word, tokens[f].lower.endsIn("ly") { f += 1 }
    guard f < limit, tokens[f].kind == .word, !tokens[f].isCapitalized else { return false }
    let word = tokens[f].lower
    return finiteAuxiliaries.contains(word) || SpeechVerbs.isPastForm(word)
      || TimeLexicon.tenseWords[word]?.contains(.past) == true
      || tokens[f].classes.contains(.speechVerb) && word.endsIn("s")
  }

  /// Auxiliaries that make their clause finite.
  private static let finiteAuxiliaries: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "shall", "should", "must", "does", "do", "did",
  ]

  /// Whether a mention opens a clause reported by a word of saying or "that" before it ("said
  /// (that) Doe would").
  private static func opensReportedClause(
    before mention: ParagraphEntities.ActorMention, _ sentence: Range<Int>, _ p: TokenizedParagraph
  ) -> Bool {
    guard let k = wordBefore(mention, sentence, p.tokens) else { return false }
    return p.tokens[k].lower == "that" || p.tokens[k].classes.contains(.speechVerb)
  }
}
