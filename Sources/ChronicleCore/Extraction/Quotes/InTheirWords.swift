/// "in his words", "in Rubio's own words": a cue that names the speaker of the next quote.
enum InTheirWords {
  static func cue(before open: Int, in p: TokenizedParagraph, entities: ParagraphEntities) -> (
    speaker: Int?, cue: String?
  )? {
    let tokens = p.tokens
    var j = open - 1
    // "in his words, was "…"": past the comma and a copula or two.
    var skipped = 0
    while j >= 0, tokens[j].lower != "words", skipped < 4,
      tokens[j].kind == .punctuation || ["was", "is", "were", "are", "it", "be"].contains(tokens[j].lower)
    {
      j -= 1
      skipped += 1
    }
    guard j >= 0, tokens[j].lower == "words" else { return nil }
    var k = j - 1
    if k >= 0, tokens[k].lower == "own" { k -= 1 }
    if k >= 0, tokens[k].kind == .possessive { k -= 1 }
    guard k >= 1, let mention = SubjectFinder.mentionEnding(at: k, entities) else { return nil }
    let start = mention.tokens.lowerBound - 1
    guard start >= 0, tokens[start].lower == "in" else { return nil }
    return (mention.actor, p.text(tokens: start..<(j + 1)))
  }
}
