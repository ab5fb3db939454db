/// A role in commas after a name: "Jane Doe, a spokeswoman for the ministry, said" or
/// "Ali Khan, the Pakistani foreign minister, …". Gives the title and, if named, the country.
enum Apposition {
  static func read(after i: Int, in p: TokenizedParagraph) -> (title: String, country: String?)? {
    let tokens = p.tokens
    guard i + 1 < tokens.count, tokens[i].isPunctuation(",") else { return nil }
    var j = i + 1
    let limit = min(tokens.count, j + 8)
    if j < limit, ["a", "an", "the", "his", "her", "their"].contains(tokens[j].lower) { j += 1 }
    var country: String?
    if j < limit, let c = CountryLexicon.shared.matcher.match(tokens, at: j, limit: limit) {
      country = c.payload.code
      j += c.length
      if j < limit, tokens[j].kind == .possessive { j += 1 }
    }
    guard let length = ChunkReader.title(at: j, in: p, limit: limit) else { return nil }
    let title = p.text(tokens: j..<(j + length))
    if Titles.weak.contains(title.lowercased()) { return nil }
    if country == nil {
      // "a spokeswoman for the Indian ministry": the country further in.
      var k = j + length
      while k < min(tokens.count, j + length + 6), !tokens[k].isPunctuation(",") {
        if let c = CountryLexicon.shared.matcher.match(tokens, at: k) {
          country = c.payload.code
          break
        }
        k += 1
      }
    }
    return (title, country)
  }
}
