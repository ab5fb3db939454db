/// The subject of a whole sentence: its first actor that is no possessive, no object of a
/// preposition or gerund, nothing in brackets and nothing in an opening subordinate clause.
extension SubjectFinder {
  /// The first actor of the sentence before `v` that is not a possessive, an object or quoted.
  static func sentenceSubject(
    before v: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> Subject? {
    // "If he wins, Doe has indicated …": the subject of an opening subordinate clause is not
    // the sentence's.
    let first = min(SpeechActFinder.firstWord(sentence, p), v)
    let clauseEnd = first < v && p.tokens[first].classes.contains(.subordinator)
      ? (first..<v).first { p.tokens[$0].isPunctuation(",") && !quoted($0) } ?? first
      : sentence.lowerBound
    for mention in entities.actors(in: clauseEnd..<v) where !quoted(mention.tokens.lowerBound) {
      let after = mention.tokens.upperBound
      if after < p.tokens.count, p.tokens[after].kind == .possessive { continue }
      // "Paris (AFP) – Roe said": a name in brackets is no subject.
      if isBracketed(mention, p) { continue }
      if isObject(mention, sentence, p, entities) { continue }
      return .actor(mention.actor, start: mention.tokens.lowerBound)
    }
    return nil
  }

  /// Whether a mention is the object of a preposition or of a gerund, past articles ("in an
  /// AP interview", "from entering the U.S."), or the state after a place ("in Portsmouth,
  /// N.H.").
  static func isObject(
    _ mention: ParagraphEntities.ActorMention, _ sentence: Range<Int>, _ p: TokenizedParagraph,
    _ entities: ParagraphEntities
  ) -> Bool {
    guard let k = wordBefore(mention, sentence, p.tokens) else { return false }
    let before = p.tokens[k]
    if objectPrepositions.contains(before.lower) { return true }
    if isGerund(at: k, sentence, p.tokens) { return true }
    let end = mention.tokens.upperBound
    return k == mention.tokens.lowerBound - 1 && p.tokens[k].isPunctuation(",")
      && (end >= sentence.upperBound || p.tokens[end].kind == .punctuation)
      && entities.places.contains { $0.tokens.upperBound == k }
  }

  /// The word before a mention, past articles and titles ("to the Attorney General Jane
  /// Roe"): the preposition or verb it may be the object of.
  static func wordBefore(
    _ mention: ParagraphEntities.ActorMention, _ sentence: Range<Int>, _ tokens: [Token]
  ) -> Int? {
    var k = mention.tokens.lowerBound - 1
    while k >= sentence.lowerBound,
      tokens[k].classes.contains(.article) || isTitleWord(tokens[k])
    {
      k -= 1
    }
    return k >= sentence.lowerBound ? k : nil
  }

  /// "from entering", "is suing": an "-ing" verb after a preposition or an auxiliary, whose
  /// object follows it ("the left-leaning Acme Institute" and "Democrats, including Roe,"
  /// have none).
  private static func isGerund(at k: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    let t = tokens[k]
    guard k > sentence.lowerBound, t.kind == .word, !t.isCapitalized, t.lower.endsIn("ing") else {
      return false
    }
    let before = tokens[k - 1]
    return objectPrepositions.contains(before.lower)
      || !before.classes.isDisjoint(with: [.auxiliary, .beForm])
  }

  /// Prepositions whose object a participle right after it does not speak for.
  static let participleObjectPrepositions: Set<String> = ["to", "on", "at"]

  /// Whether a mention stands alone in brackets ("(AFP)").
  private static func isBracketed(
    _ mention: ParagraphEntities.ActorMention, _ p: TokenizedParagraph
  ) -> Bool {
    let start = mention.tokens.lowerBound
    let end = mention.tokens.upperBound
    return start >= 1 && end < p.tokens.count && p.tokens[start - 1].isPunctuation("(")
      && p.tokens[end].isPunctuation(")")
  }

  /// Prepositions whose object is never the subject ("with Doe", "in Salem", "at Purchase").
  static let objectPrepositions: Set<String> = [
    "with", "to", "by", "for", "from", "about", "against", "of", "in", "at", "on", "during",
    "after", "before", "since", "near", "into", "through", "like", "than", "over", "under",
    "between", "among", "across", "toward", "towards", "via", "outside", "inside", "behind",
  ]
}
