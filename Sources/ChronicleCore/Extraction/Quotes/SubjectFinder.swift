/// Finds who a speech verb belongs to: the actor right before it, past auxiliaries, adverbs
/// and a parenthetical in commas ("Rubio, in particular, has urged"); or, for a participle
/// after a comma ("…, urging restraint"), the subject of the sentence.
enum SubjectFinder {
  enum Subject: Sendable, Equatable {
    /// An actor mention (registry position), with the token where the subject starts.
    case actor(Int, start: Int)
    /// A subject that is no actor of ours ("a source", "The U.S."): the speaker is unknown.
    /// `head` is its last token.
    case other(start: Int, head: Int)
  }

  static func subject(
    ofVerbAt v: Int, sentence: Range<Int>, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> Subject? {
    let tokens = p.tokens
    var j = v - 1
    var skippedComma = false
    while j >= sentence.lowerBound {
      let t = tokens[j]
      if t.kind == .word, SpeakerCue.auxiliaries.contains(t.lower) || t.lower.hasSuffix("ly") {
        j -= 1
        continue
      }
      if t.isPunctuation(","), !skippedComma {
        if tokens[v].lower.hasSuffix("ing") { return sentenceSubject(before: v, sentence, p, entities) }
        // A parenthetical in commas: jump to the comma that opens it.
        var k = j - 1
        while k >= max(sentence.lowerBound, j - 14), !tokens[k].isPunctuation(",") { k -= 1 }
        guard k >= sentence.lowerBound, tokens[k].isPunctuation(",") else { return nil }
        skippedComma = true
        j = k - 1
        continue
      }
      if t.isPunctuation(")") {
        var k = j - 1
        while k >= sentence.lowerBound, !tokens[k].isPunctuation("(") { k -= 1 }
        j = k - 1
        continue
      }
      break
    }
    guard j >= sentence.lowerBound else { return nil }
    if let mention = mentionEnding(at: j, entities) {
      return .actor(mention.actor, start: mention.tokens.lowerBound)
    }
    if tokens[j].kind == .word, !CommonWords.contains(tokens[j]) || tokens[j].lower == "officials"
      || tokens[j].lower == "sources" || tokens[j].lower == "experts" || tokens[j].lower == "critics"
    {
      var k = j
      while k > sentence.lowerBound, tokens[k - 1].kind == .word,
        !tokens[k - 1].isPunctuation(","), !SpeechVerbs.forms.keys.contains(tokens[k - 1].lower),
        j - k < 6
      {
        k -= 1
      }
      return .other(start: k, head: j)
    }
    return nil
  }

  /// The actor mention whose last token is `j`; a possessive ("Trump's") never speaks.
  static func mentionEnding(at j: Int, _ entities: ParagraphEntities) -> ParagraphEntities.ActorMention? {
    entities.actor(endingAt: j)
  }

  /// The first actor of the sentence before `v` that is not a possessive or an object.
  static func sentenceSubject(
    before v: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> Subject? {
    for mention in entities.actors(in: sentence.lowerBound..<v) {
      let after = mention.tokens.upperBound
      if after < p.tokens.count, p.tokens[after].kind == .possessive { continue }
      if mention.tokens.lowerBound > sentence.lowerBound {
        let before = p.tokens[mention.tokens.lowerBound - 1].lower
        if ["with", "to", "by", "for", "from", "about", "against", "of"].contains(before) { continue }
      }
      return .actor(mention.actor, start: mention.tokens.lowerBound)
    }
    return nil
  }
}
