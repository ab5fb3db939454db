/// Speakers the text names without a person's name: an unnamed source's description ("a
/// senior official said") and a country that speaks as its government ("Russia insisted").
extension EntityRecognizer {
  /// "Jane Roe, a Democrat, said": a description in commas right after a name is that
  /// person's apposition, not an unnamed speaker.
  func describesNameBefore(_ i: Int, in p: TokenizedParagraph, _ found: ParagraphEntities)
    -> Bool
  {
    i >= 1 && p.tokens[i - 1].isPunctuation(",")
      && found.actors.last.map { $0.tokens.upperBound == i - 1 } == true
  }

  /// Whether capitalised words name an actor met before or a known organisation.
  func isKnownName(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    registry.find(name: p.text(tokens: range)) != nil
      || Organisations.matcher.match(p.tokens, at: range.lowerBound, limit: range.upperBound)?.length
        == range.count
  }

  /// "a senior Roe adviser said": an unnamed speaker, an actor of the document named by the
  /// description (`UnnamedSource`), with no country and no gender.
  mutating func describeSource(
    _ range: Range<Int>, in p: TokenizedParagraph, into found: inout ParagraphEntities
  ) {
    let actor = registry.actor(
      named: UnnamedSource.name(range, in: p), kind: .person, title: nil, country: nil,
      gender: .unknown)
    record(actor, tokens: range, in: p, reference: false, into: &found)
  }

  /// "Russia insisted": the country's government as an organisation, one per country, which
  /// keeps the words it was named by ("U.S.") among its names without finding it by them.
  mutating func recordGovernment(
    of code: String, tokens range: Range<Int>, in p: TokenizedParagraph,
    into found: inout ParagraphEntities
  ) {
    let said = p.text(tokens: range)
    let government = registry.actor(
      named: SpeakingCountry.governmentName(of: code, saidAs: said), kind: .organisation,
      title: nil, country: code, gender: .unknown)
    registry.addDescription(government, said)
    record(government, tokens: range, in: p, reference: false, into: &found)
  }
}
