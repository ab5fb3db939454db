/// An organisation news names after the person who leads it: "the Trump campaign", "Jane
/// Roe's campaign", "the Obama administration". The name only says whose it is: the
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
}
