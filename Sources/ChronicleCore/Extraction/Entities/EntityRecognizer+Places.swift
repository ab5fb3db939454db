/// How the recognizer records countries and places: a held part of a place ("Pakistan-occupied
/// Kashmir") with the country that holds it, a nationality before a name, and a person's name
/// that is also a country or demonym ("Jordan said").
extension EntityRecognizer {
  /// A person already met whose name is the lone word at `j`, when that word is also a
  /// country's name ("Jordan", "Chad", "Georgia").
  func namesakePerson(at j: Int, range: Range<Int>, in p: TokenizedParagraph) -> Int? {
    guard range.count == 1,
      CountryLexicon.shared.matcher.match(p.tokens, at: j, limit: range.upperBound) != nil,
      let known = registry.find(name: p.tokens[j].text), registry.records[known].kind == .person
    else { return nil }
    return known
  }

  /// "Cuban said", "said Jordan": a lone word next to a speech verb that is the surname of a
  /// person named before, although it is also a demonym or a place.
  func speakingNamesake(at j: Int, in p: TokenizedParagraph) -> Int? {
    guard SpeakerCue.follows(j + 1, in: p) || SpeakerCue.precedes(j..<(j + 1), in: p),
      let known = registry.find(name: p.tokens[j].text), registry.records[known].kind == .person
    else { return nil }
    return known
  }

  func addCountry(
    _ code: String, tokens: Range<Int>, into found: inout ParagraphEntities
  ) {
    found.countries.append(ParagraphEntities.CountryMention(code: code, tokens: tokens))
  }

  func addPlace(
    _ entry: PlaceLexicon.Entry, tokens range: Range<Int>, in p: TokenizedParagraph,
    into found: inout ParagraphEntities
  ) {
    var name = entry.name
    var country = entry.country
    var start = range.lowerBound
    // "Pakistan-occupied Kashmir": the held part of a place, with the country that holds it.
    if start >= 3, p.tokens[start - 1].kind == .word,
      HeldPlace.participles.contains(p.tokens[start - 1].lower),
      p.tokens[start - 2].isPunctuation("-"),
      let holder = found.countries.last, holder.tokens.upperBound == start - 2
    {
      name = p.text(tokens: holder.tokens.lowerBound..<range.upperBound)
      country = holder.code
      start = holder.tokens.lowerBound
    }
    found.places.append(
      ParagraphEntities.PlaceMention(
        name: name, country: country, tokens: start..<range.upperBound, alias: nil))
  }

  /// "Jupiter, Fla.", "Portsmouth, N.H.", "in D.C.": a lone US state abbreviation, dotted
  /// letters anywhere or a short form after a town's comma, is a place, never an actor.
  func isStateAbbreviation(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    guard range.count == 1 else { return false }
    let t = p.tokens[range.lowerBound]
    if Abbreviations.dottedStates.contains(t.text) { return true }
    return t.text.hasSuffix(".") && Abbreviations.states.contains(t.bare) && range.lowerBound >= 1
      && p.tokens[range.lowerBound - 1].isPunctuation(",")
  }

  /// A nationality right before the name ("Pakistani Shehbaz Sharif").
  func countryBefore(_ i: Int, in p: TokenizedParagraph) -> String? {
    guard i >= 2, p.tokens[i - 1].kind == .possessive else { return nil }
    return CountryLexicon.shared.matcher.match(p.tokens, at: i - 2)?.payload.code
  }
}
