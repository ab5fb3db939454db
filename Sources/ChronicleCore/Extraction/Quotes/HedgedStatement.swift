/// "Doe seems poised to win", "the plan appears to have failed", "Roe is expected to run":
/// news hedges a claim by what it seems or what is expected, a view it reports without
/// naming whose it is. The clause is the content; the speaker stays unknown.
enum HedgedStatement {
  /// The hedged clause of a sentence that has no other speech act.
  static func act(in sentence: Range<Int>, _ p: TokenizedParagraph, quoted: (Int) -> Bool) -> SpeechAct? {
    let tokens = p.tokens
    for v in sentence where tokens[v].classes.contains(.hedgeVerb) && tokens[v].kind == .word && !quoted(v) {
      guard let cue = cue(at: v, sentence, tokens) else { continue }
      let first = SpeechActFinder.firstWord(sentence, p)
      var start = first
      // "Aside from Tuesday, Doe appears …": the clause starts after the last break before it.
      if let k = (first..<v).last(where: { isClauseBreak(tokens[$0]) }), k + 1 < v { start = k + 1 }
      guard let content = ContentSpan.trimmed(start..<sentence.upperBound, p) else { return nil }
      return SpeechAct(cue: cue, speaker: nil, content: content, subjectStart: start)
    }
    return nil
  }

  /// "seems to", "appeared likely", "is expected to": the cue's tokens at `v`, if one starts there.
  private static func cue(at v: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
    guard v + 1 < sentence.upperBound else { return nil }
    let next = tokens[v + 1].lower
    if seeming.contains(tokens[v].lower), seemingComplements.contains(next) { return v..<(v + 1) }
    if tokens[v].lower == "expected", next == "to", v >= 1 {
      var b = v - 1
      if b > sentence.lowerBound, hedgeAdverbs.contains(tokens[b].lower) { b -= 1 }
      if tokens[b].classes.contains(.beForm) { return b..<(v + 1) }
    }
    return nil
  }

  private static func isClauseBreak(_ t: Token) -> Bool {
    t.isPunctuation(",") || t.isPunctuation(";") || t.isPunctuation("—") || t.isPunctuation("(")
  }

  /// Forms of "seem" and "appear".
  static let seeming: Set<String> = ["seem", "seems", "seemed", "appear", "appears", "appeared"]

  /// What follows "seems"/"appears" when it hedges a claim, not when someone appears on TV.
  static let seemingComplements: Set<String> = [
    "to", "that", "likely", "unlikely", "poised", "ready", "determined", "certain", "headed",
    "open", "willing", "eager", "set", "sure", "intent", "destined", "bound",
  ]

  /// Adverbs between "is" and "expected" ("is widely expected to").
  static let hedgeAdverbs: Set<String> = ["widely", "also", "still", "now", "generally", "largely"]
}
