/// An organisation news names after the person who leads it: "the Roe campaign", "Jane
/// Roe's campaign", "the Doe administration". The name only says whose it is: the
/// organisation is what is mentioned, and what speaks ("the Roe campaign said").
enum LeaderOrganisation {
  /// Lower-case nouns of an organisation a person leads.
  static let nouns: Set<String> = ["campaign", "administration"]

  /// The noun's token after a name ending at `i` (past a possessive), when it ends the noun
  /// phrase: in "the Roe campaign manager Tom Doe" or "Roe campaign chairman" it begins a
  /// person's role.
  static func noun(after i: Int, in p: TokenizedParagraph) -> Int? {
    let tokens = p.tokens
    var k = i
    if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
    guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized,
      nouns.contains(tokens[k].lower)
    else { return nil }
    let next = k + 1
    if next < tokens.count, tokens[next].kind == .word,
      tokens[next].isCapitalized
        || ChunkReader.title(at: next, in: p, limit: min(tokens.count, next + 4)) != nil
    {
      return nil
    }
    return k
  }

  /// Whether a name met first before the noun is a person's full name ("Jane Roe's
  /// campaign"): the person is known from then on, though only the organisation is mentioned.
  static func isFullName(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    (2...3).contains(range.count) && GivenNames.shared.contains(p.tokens[range.lowerBound].text)
      && ChunkReader.looksLikeName(range, in: p)
  }

  /// Whether one capitalised word that names no one yet may be a leader's surname: no place,
  /// country, organisation, party or given name ("the Ohio campaign" is a place's, "the
  /// Senate campaign" a body's, "the Republican campaign" a party's).
  static func isSurname(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    guard range.count == 1, ChunkReader.looksLikeName(range, in: p),
      !GivenNames.shared.contains(tokens[range.lowerBound].text),
      PartyLabels.countryOfWord[tokens[range.lowerBound]] == nil
    else { return false }
    let limit = range.upperBound
    let at = range.lowerBound
    return !ChunkReader.startsLexiconEntry(at: at, in: p, limit: limit)
      && PlaceLexicon.shared.adjectives.match(tokens, at: at, limit: limit) == nil
  }
}
