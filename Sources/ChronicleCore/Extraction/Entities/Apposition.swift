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

  /// Where an apposition after a person's name ends, so that the person's mention spans the
  /// noun phrase that describes them ("Jane Roe, head of the Harbour Institute, said"): the
  /// organisation named inside describes the person and does not stand for them. The phrase
  /// opens with an article, a possessive, "who", an age or a title, and ends at the next comma
  /// or the sentence's end; `nil` when none follows. A noun phrase may run long ("an economist
  /// who served as director of … and is now president of …"), a relative clause less so: it
  /// tells what the person did, and names others doing it. A noun phrase with a speech verb
  /// is a clause of its own ("Obama, the White House announced …").
  static func end(after name: Int, in p: TokenizedParagraph) -> Int? {
    let tokens = p.tokens
    // "Rep. Jane Roe (D-Vt.), head of …": the phrase comes after a party label or home state.
    var i = name
    if i < tokens.count, tokens[i].isPunctuation("("),
      let close = tokens[i..<min(tokens.count, i + 8)].firstIndex(where: { $0.isPunctuation(")") })
    {
      i = close + 1
    }
    guard i + 1 < tokens.count, tokens[i].isPunctuation(","), tokens[i + 1].kind != .punctuation
    else { return nil }
    let first = tokens[i + 1]
    guard openers.contains(first.lower) || first.kind == .number
      || (!first.isCapitalized && ChunkReader.title(at: i + 1, in: p, limit: tokens.count) != nil)
    else { return nil }
    let isRelativeClause = relativeOpeners.contains(first.lower)
    let sentenceEnd = p.sentence(containing: i).upperBound
    let limit = min(
      sentenceEnd, i + 1 + (isRelativeClause ? maxRelativeClauseLength : maxNounPhraseLength))
    var j = i + 1
    while j < limit,
      [.word, .number, .possessive].contains(tokens[j].kind) || tokens[j].isPunctuation("-")
    {
      if !isRelativeClause, saysSomething(tokens[j]) { return nil }
      j += 1
    }
    if j < limit, tokens[j].isPunctuation(",") {
      // An age goes on to the phrase after it ("Jane Roe, 56, who chairs the board,").
      return j == i + 2 && first.kind == .number ? end(after: j, in: p) ?? j : j
    }
    // A sentence that ends with the phrase ("…, said Jane Roe, a spokeswoman.").
    return j == sentenceEnd - 1 && j < limit ? j : nil
  }

  private static let openers: Set<String> = [
    "a", "an", "the", "his", "her", "their", "who", "whose",
  ]
  /// A speech verb in the past or as written ("announced", "said", "says"): a word like
  /// "term" or "States" may be a noun.
  private static func saysSomething(_ t: Token) -> Bool {
    t.classes.contains(.speechVerb) && !t.isCapitalized
      && (t.lower.hasSuffix("ed") || SpeechVerbs.irregular[t.lower] != nil)
  }

  private static let relativeOpeners: Set<String> = ["who", "whose"]
  private static let maxNounPhraseLength = 32
  private static let maxRelativeClauseLength = 16
}
