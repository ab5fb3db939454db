/// "A Fox News poll, conducted with two firms, shows …", "exit polling last month showed …":
/// evidence reports what it shows or finds when it heads the verb's subject, however far the
/// subject's modifiers set it from the verb.
enum EvidenceSubject {
  /// How many tokens before the verb the evidence noun may stand.
  static let reach = 16

  /// Whether an evidence noun stands in the subject of the verb at `verb`: before it in the
  /// sentence, with no other verb of saying or clause break between.
  static func heads(verbAt verb: Int, sentence: Range<Int>, _ p: TokenizedParagraph) -> Bool {
    var k = verb - 1
    while k >= max(sentence.lowerBound, verb - reach) {
      let t = p.tokens[k]
      if isEvidence(t) { return true }
      if t.classes.contains(.speechVerb) || t.isPunctuation(";") || t.isPunctuation(":")
        || SpeechActFinder.isSentenceEnd(t) || t.kind == .quote(opening: false)
      {
        return false
      }
      k -= 1
    }
    return false
  }

  /// Whether a token is a noun of evidence ("polls", "records", "footage").
  static func isEvidence(_ t: Token) -> Bool {
    SpeechVerbs.evidenceNouns.contains(t.lower) || extraNouns.contains(t.lower)
  }

  /// Evidence nouns beyond those that show without a "that" right before the verb.
  private static let extraNouns: Set<String> = [
    "filings", "filing", "statistics", "tallies", "returns", "estimates", "projections",
    "transcripts", "recordings", "texts", "messages", "logs", "files",
  ]
}
