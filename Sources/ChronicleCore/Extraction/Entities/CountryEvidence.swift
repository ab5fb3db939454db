/// Where a person is from, read only from words that modify the person, never from a country
/// the sentence merely names: a party word or a demonym in the phrase just before the name
/// ("Republican presidential nominee Donald Trump", "the Russian hacker"), or a US party
/// label just after it ("Adam Schiff (D-Calif.)").
enum CountryEvidence {
  /// How far back the phrase before a name may reach.
  static let reach = 4

  static func country(ofName range: Range<Int>, in p: TokenizedParagraph) -> String? {
    before(range.lowerBound, in: p) ?? (hasUSPartyLabel(after: range.upperBound, in: p) ? "USA" : nil)
  }

  /// A party word or singular demonym among the few words before `start`, stopping at a
  /// mark or a verb ("Democrats slammed Trump" says nothing about Trump).
  private static func before(_ start: Int, in p: TokenizedParagraph) -> String? {
    var i = start - 1
    while i >= 0, start - i <= reach, p.tokens[i].kind == .word {
      let token = p.tokens[i]
      if token.lower.hasSuffix("ed") || SpeechVerbs.base(of: token) != nil { return nil }
      if let code = PartyLabels.countryOfWord[token] { return code }
      // A singular demonym: "Americans" before a name is the subject, not a modifier.
      if let c = CountryLexicon.shared.matcher.match(p.tokens, at: i, limit: start),
        c.payload.form == .demonym, !token.text.hasSuffix("s")
      {
        return c.payload.code
      }
      i -= 1
    }
    return nil
  }

  /// "(D-Calif.)", ", R-Texas,": a party letter and a dash right after the name.
  private static func hasUSPartyLabel(after end: Int, in p: TokenizedParagraph) -> Bool {
    guard end < p.tokens.count else { return false }
    let s = p.scalars
    var at = p.tokens[end - 1].end
    while at < s.count, s[at] == " " || s[at] == "," || s[at] == "(" { at += 1 }
    guard at + 2 < s.count, PartyLabels.usLetters.contains(s[at]) else { return false }
    return (s[at + 1] == "-" || s[at + 1] == "\u{2013}") && s[at + 2].properties.isUppercase
  }
}
