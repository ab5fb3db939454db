/// `"…," Doe fumed.`, `"…," Jane Roe, the group's director, shot back.`, `"…," beamed Roe.`:
/// a name next to a closing quote mark with a verb that says how the words were spoken.
/// Such verbs report nothing elsewhere ("Doe fumed at the delay"); here the quotation is
/// their object, so the name is its speaker.
enum MannerCue {
  /// The attribution read after a clause-ending closing mark; `from` is the first token after
  /// the mark and its comma, `limit` the end of the sentence.
  static func attribution(
    from j: Int, limit: Int, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> QuoteAttribution? {
    if let verb = QuoteMannerVerbs.match(at: j, in: p, limit: limit),
      let mention = InvertedSubject.mention(
        at: verb.upperBound, limit: limit, in: p, entities: entities)
    {
      return QuoteAttribution(speaker: mention.actor, cue: p.text(tokens: verb))
    }
    var k = j
    while k < min(limit, j + InvertedSubject.reach) {
      if let mention = entities.actor(startingAt: k) {
        if let verb = verb(after: mention.tokens.upperBound, limit: limit, in: p) {
          return QuoteAttribution(speaker: mention.actor, cue: p.text(tokens: verb))
        }
        k = mention.tokens.upperBound
        continue
      }
      // "Trump's senior adviser Jane Roe fumed": role words and possessives before the name.
      guard InvertedSubject.isTitleLike(p.tokens[k]) || p.tokens[k].kind == .possessive else {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// The manner verb after a name ending before `i`, past adverbs ("also") and one
  /// apposition in commas ("Roe, a senior fellow, fumed").
  private static func verb(after i: Int, limit: Int, in p: TokenizedParagraph) -> Range<Int>? {
    var k = skippingAdverbs(from: i, limit: limit, p)
    if k < limit, p.tokens[k].isPunctuation(",") {
      var close = k + 1
      while close < min(limit, k + SubjectFinder.maxApposition), !p.tokens[close].isPunctuation(",")
      {
        if case .quote = p.tokens[close].kind { return nil }
        close += 1
      }
      guard close < limit, p.tokens[close].isPunctuation(",") else { return nil }
      k = skippingAdverbs(from: close + 1, limit: limit, p)
    }
    return QuoteMannerVerbs.match(at: k, in: p, limit: limit)
  }

  private static func skippingAdverbs(from i: Int, limit: Int, _ p: TokenizedParagraph) -> Int {
    var k = i
    while k < limit, p.tokens[k].kind == .word,
      p.tokens[k].lower.endsIn("ly") || p.tokens[k].lower == "also"
    {
      k += 1
    }
    return k
  }
}
