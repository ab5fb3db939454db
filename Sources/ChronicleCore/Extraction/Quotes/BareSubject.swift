/// "they said the plan would fail", "most believe that …", "6 in 10 say …", "I think …": a
/// subject that names no one we know — a pronoun left unresolved, a quantity of people or a
/// share of a poll, or a relative pronoun ("Roe, who backs the plan, …") — still reports
/// speech before a verb of saying or thinking. The report keeps no speaker: the text names
/// none, or names it before a clause the sentence rules do not read.
enum BareSubject {
  /// Where the bare subject of the verb at `verb` starts, past auxiliaries and adverbs
  /// ("they have repeatedly said"); `nil` when the word before is no such subject.
  static func start(ofVerbAt verb: Int, sentence: Range<Int>, _ p: TokenizedParagraph) -> Int? {
    let tokens = p.tokens
    var j = verb - 1
    while j >= sentence.lowerBound, tokens[j].kind == .word,
      tokens[j].classes.contains(.auxiliary) || tokens[j].lower.endsIn("ly")
    {
      j -= 1
    }
    guard j >= sentence.lowerBound else { return nil }
    let t = tokens[j]
    if pronouns.contains(t.lower) || quantities.contains(t.lower) {
      return opensClause(before: j, sentence, tokens) ? j : nil
    }
    // "which states" and "which claims" are as often a question about a noun: "which" is a
    // subject before a past form or an auxiliary ("which endorsed", "which has said").
    if t.lower == "who"
      || t.lower == "which" && (j < verb - 1 || SpeechVerbs.isPastForm(tokens[verb].lower))
    {
      return j
    }
    return shareStart(endingAt: j, sentence, tokens)
  }

  /// Personal pronouns that stand as a subject.
  static let pronouns: Set<String> = ["i", "we", "you", "he", "she", "they", "it"]

  /// Words for a number of people that stand alone as a subject ("most say", "few believe").
  static let quantities: Set<String> = [
    "most", "many", "few", "some", "others", "several", "both", "all", "everyone", "everybody",
    "nobody", "someone", "somebody", "majority", "minority", "half", "third", "quarter",
    "fewer", "more",
  ]

  /// Whether the word at `j` starts its clause: the sentence's first word, or after a comma,
  /// a conjunction, "that" or an opening mark ("…, and they said", "but most believe").
  private static func opensClause(before j: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    var k = j - 1
    while k >= sentence.lowerBound, tokens[k].kind == .quote(opening: true) { k -= 1 }
    guard k >= sentence.lowerBound else { return true }
    let t = tokens[k]
    return t.isPunctuation(",") || t.isPunctuation(";") || t.isPunctuation(":") || t.isPunctuation("—")
      || clauseOpeners.contains(t.lower)
  }

  private static let clauseOpeners: Set<String> = [
    "and", "but", "so", "yet", "or", "that", "because", "while", "although", "though", "as",
    "when", "if", "since", "where",
  ]

  /// Where a share of people ending at `j` starts ("6 in 10 say", "only 40 percent believe",
  /// "43% said"), when it opens its clause.
  private static func shareStart(endingAt j: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
    var k = j
    if tokens[k].lower == "percent" || tokens[k].isPunctuation("%") { k -= 1 }
    guard k >= sentence.lowerBound, isNumber(tokens[k]) else { return nil }
    if k - 2 >= sentence.lowerBound, tokens[k - 1].lower == "in" || tokens[k - 1].lower == "out",
      isNumber(tokens[k - 2])
    {
      k -= 2
    }
    if k - 1 >= sentence.lowerBound, tokens[k - 1].lower == "only" || tokens[k - 1].lower == "about" {
      k -= 1
    }
    return k == sentence.lowerBound || opensClause(before: k, sentence, tokens) ? k : nil
  }

  private static func isNumber(_ t: Token) -> Bool {
    t.kind == .number || numberWords.contains(t.lower)
  }

  private static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one",
  ]
}
