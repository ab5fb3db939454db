/// A country that speaks stands for its government: "Russia insisted", "North Korea said",
/// "according to Japan". News quotes a government by its country's name, and a reader who
/// filters by speaker wants those words; every other mention of the country stays a place.
enum SpeakingCountry {
  /// Whether the country named at `range` (the whole chunk) is the one who speaks: the
  /// subject of a speech verb written in lower case (a Title Case headline's "Refuse" is no
  /// sign), past an apposition in commas ("China, Pyongyang's only ally, said"), and not a
  /// preposition's object ("officials in Russia said"), a quote's speaker after a dash, or
  /// "according to" it or the inverted subject after a quote or comma ('"…," said Russia.')
  /// with nothing of its own after it ("said Britain would …" reports what Britain would do;
  /// "according to U.S. records" is the records'). Never part of a word ("pro-Israel").
  static func speaks(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    var before = range.lowerBound - 1
    if before >= 0, tokens[before].isPunctuation("-") { return false }
    while before >= 0, tokens[before].classes.contains(.article) { before -= 1 }
    let endsPhrase = range.upperBound == tokens.count
      || tokens[range.upperBound].kind == .punctuation
    if before >= 1, endsPhrase {
      if SpeakerCue.followsAccordingTo(before + 1, tokens) { return true }
      if SpeakerCue.isInvertingVerb(tokens[before]),
        tokens[before - 1].isPunctuation(",") || SpeechActFinder.isClosingQuote(tokens[before - 1])
      {
        return true
      }
    }
    let verb = SpeakerCue.verb(
      after: appositionEnd(after: range.upperBound, in: p) ?? range.upperBound, in: p)
    guard verb.map({ isStatement($0.at, base: $0.base, after: range.upperBound, tokens) }) ?? false
      || QuoteDash.introduces(after: range.upperBound, in: p)
    else { return false }
    return before < 0 || !SubjectFinder.objectPrepositions.contains(tokens[before].lower)
  }

  /// Where a country's apposition in commas ends ("China, Pyongyang's only ally, said"): the
  /// token after its closing comma; `nil` when no apposition follows.
  private static func appositionEnd(after i: Int, in p: TokenizedParagraph) -> Int? {
    let tokens = p.tokens
    guard i < tokens.count, tokens[i].isPunctuation(",") else { return nil }
    let sentenceEnd = p.sentence(containing: i).upperBound
    var j = i + 1
    while j < min(sentenceEnd, i + SubjectFinder.maxApposition) {
      if tokens[j].isPunctuation(",") { return j + 1 }
      if case .quote = tokens[j].kind { return nil }
      j += 1
    }
    return nil
  }

  /// Whether the verb at `v` (of base `base`) states something for a government: one of the
  /// verbs governments speak with (not "plans", "maintains", "responds", "added … jobs",
  /// which a country does more often than it says them), in lower case, and no noun after
  /// "have" ("Taiwan has claims").
  private static func isStatement(_ v: Int, base: String, after start: Int, _ tokens: [Token])
    -> Bool
  {
    guard governmentVerbs.contains(base), !tokens[v].isCapitalized else { return false }
    let afterHave = (start..<v).contains { ["have", "has", "had"].contains(tokens[$0].lower) }
    return !afterHave || tokens[v].lower.hasSuffix("ed") || tokens[v].lower == "said"
      || tokens[v].lower == "told"
  }

  /// Verbs whose subject, when it is a country, speaks for its government.
  private static let governmentVerbs: Set<String> = [
    "say", "tell", "insist", "warn", "announce", "deny", "state", "accuse", "argue", "claim",
    "confirm", "reject", "pledge", "vow", "urge", "demand", "condemn", "call", "declare",
    "reply", "assert", "complain", "promise", "note", "brand", "dismiss", "welcome", "dispute",
    "reiterate", "acknowledge", "stress",
  ]

  /// The government's name: the country's everyday name ("United States" for "the U.S.").
  static func governmentName(of code: String, saidAs text: String) -> String {
    CountryLexicon.shared.name(of: code) ?? text
  }
}
