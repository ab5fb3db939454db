/// Verbs that tell how a quotation was spoken rather than that it was ("barked", "fumed",
/// "shot back"). Right after a closing quote mark next to a name they are the cue of that
/// quotation (`"…," Doe fumed.`), though elsewhere they report nothing. Any past form in
/// "-ed" counts; these are the irregular ones and the verbs that need a particle.
enum QuoteMannerVerbs {
  static let irregular: Set<String> = [
    "spoke", "speaks", "began", "begins", "swore", "sang", "wrote", "writes", "told", "tells",
    "said", "says", "explains", "adds", "notes", "continues", "tweets", "asks", "replies",
  ]

  /// "went on", "shot back": the verb and the particle it needs here.
  static let withParticle: [String: String] = [
    "went": "on", "goes": "on", "shot": "back", "shoots": "back", "fired": "back",
    "fires": "back", "hit": "back", "hits": "back", "broke": "in", "cut": "in",
  ]

  /// The manner verb starting at token `i`: its token range. A past form in "-ed" of five
  /// letters or more counts ("fumed", "pressed"), but not a word that is never a verb.
  static func match(at i: Int, in p: TokenizedParagraph, limit: Int) -> Range<Int>? {
    guard i < limit else { return nil }
    let t = p.tokens[i]
    guard t.kind == .word, !t.isCapitalized, !CommonWords.contains(t) else { return nil }
    if let particle = withParticle[t.lower], i + 1 < limit, p.tokens[i + 1].lower == particle {
      return i..<(i + 2)
    }
    if irregular.contains(t.lower) { return i..<(i + 1) }
    return t.lower.endsIn("ed") && t.text.unicodeScalars.count >= 5 ? i..<(i + 1) : nil
  }
}
