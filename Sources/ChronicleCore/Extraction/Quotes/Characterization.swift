/// "Doe openly admires Roe as a “strong leader”", "Doe has been pounding Roe as a “con artist”":
/// a short quote right after "as" is the label the sentence's subject gives, whatever its verb,
/// unless a clause of contrast brings in another actor before it ("Doe …, while Roe refers to
/// him as “Chris”"). "such as" introduces examples, not a label.
enum Characterization {
  /// Words that open a second clause with a subject of its own before the quote.
  static let contrastWords: Set<String> = ["while", "whereas", "but"]

  static func labels(_ stretch: QuoteMarks.Stretch, in p: TokenizedParagraph) -> Bool {
    guard let open = stretch.open else { return false }
    let sentence = p.sentence(containing: open)
    var k = open - 1
    if k > sentence.lowerBound, p.tokens[k].classes.contains(.article) { k -= 1 }
    guard k > sentence.lowerBound, p.tokens[k].lower == "as", p.tokens[k - 1].lower != "such"
    else { return false }
    return !p.tokens[sentence.lowerBound..<k].contains { contrastWords.contains($0.lower) }
  }
}
