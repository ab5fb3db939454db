/// Reads a capitalised chunk into its parts: a country or organisation before a title
/// ("U.S.", "White House"), the title ("Secretary of State"), and the name after it.
struct ChunkReading: Sendable, Equatable {
  /// Country named before the title or name ("Pakistani Prime Minister …").
  var countryPrefix: (code: String, tokens: Range<Int>)?
  /// Organisation named before the title ("White House Press Secretary …").
  var organisationPrefix: (name: String, country: String?, tokens: Range<Int>)?
  var title: (text: String, tokens: Range<Int>)?
  /// What is left after prefix and title: the name, if any.
  var rest: Range<Int>

  static func == (a: ChunkReading, b: ChunkReading) -> Bool {
    a.rest == b.rest && a.title?.tokens == b.title?.tokens
      && a.countryPrefix?.tokens == b.countryPrefix?.tokens
      && a.organisationPrefix?.tokens == b.organisationPrefix?.tokens
  }
}

enum ChunkReader {
  static func read(_ range: Range<Int>, in p: TokenizedParagraph) -> ChunkReading {
    let tokens = p.tokens
    var j = range.lowerBound
    var reading = ChunkReading(rest: range)
    if let org = Organisations.matcher.match(tokens, at: j, limit: range.upperBound),
      j + org.length < range.upperBound,
      title(at: j + org.length, in: p, limit: range.upperBound) != nil
    {
      reading.organisationPrefix = (org.payload.0, org.payload.1, j..<(j + org.length))
      j += org.length
    } else if let country = CountryLexicon.shared.matcher.match(
      tokens, at: j, limit: range.upperBound), j + country.length < range.upperBound,
      !isGivenName(country.length, at: j, in: p, limit: range.upperBound)
    {
      reading.countryPrefix = (country.payload.code, j..<(j + country.length))
      j += country.length
    }
    if let t = title(at: j, in: p, limit: range.upperBound) {
      reading.title = (p.text(tokens: j..<(j + t)), j..<(j + t))
      j += t
    }
    reading.rest = j..<range.upperBound
    if reading.title == nil, reading.organisationPrefix == nil, reading.countryPrefix != nil,
      !looksLikeName(reading.rest, in: p)
    {
      // "Indian Army", "Pakistan Navy": not a prefix, the whole chunk is read again later.
      reading.countryPrefix = nil
      reading.rest = range
    }
    return reading
  }

  /// "the Las Vegas Sun": capitalised words after "the" ending in a newspaper's last word.
  static func namesNewspaper(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    return range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the"
      && Organisations.articlePublicationHeads.contains(tokens[range.upperBound - 1].text)
  }

  /// Where a person's name starts in a chunk: past a word before a given name that is no
  /// given name itself ("Rival Hillary Clinton", "Democrat Hillary Clinton"), when more of the
  /// name follows ("Moon Jae-in" is one name: no space after "Jae").
  static func personNameStart(_ range: Range<Int>, in p: TokenizedParagraph) -> Int {
    let tokens = p.tokens
    let first = range.lowerBound
    guard range.count >= 3, !GivenNames.shared.contains(tokens[first].text),
      GivenNames.shared.contains(tokens[first + 1].text), tokens[first + 2].start > tokens[first + 1].end
    else { return first }
    return first + 1
  }

  /// Length of a title at token `i`: modifier words, then a title phrase, then more title
  /// words ("Deputy Prime Minister", "External Affairs Minister", "Secretary of State").
  static func title(at i: Int, in p: TokenizedParagraph, limit: Int) -> Int? {
    let tokens = p.tokens
    var j = i
    while j < limit, tokens[j].kind == .word, tokens[j].classes.contains(.titleModifier),
      Titles.matcher.match(tokens, at: j, limit: limit) == nil
    {
      j += 1
    }
    guard let phrase = Titles.matcher.match(tokens, at: j, limit: limit) else {
      // A modifier alone that is itself a title ("General") was matched above.
      return nil
    }
    var end = j + phrase.length
    // "Mr. King": after an honorific comes the name, even one that is also a title.
    if Titles.honorifics.contains(p.text(tokens: j..<end).lowercased()) { return end - i }
    while end < limit, let more = Titles.matcher.match(tokens, at: end, limit: limit),
      !GivenNames.shared.contains(tokens[end].text)
    {
      end += more.length
    }
    return end - i
  }

  /// Where lower-case title words right before a name begin ("Roe's campaign manager Jane
  /// Doe", "former president Ann Roe"): they are the role the name is given, and belong
  /// to its mention more than to the possessor's before them. `nil` when none stand there.
  static func lowerCaseTitleStart(before i: Int, in p: TokenizedParagraph) -> Int? {
    var k = i
    while k > 0, i - k < maxLowerCaseTitle, p.tokens[k - 1].kind == .word,
      !p.tokens[k - 1].isCapitalized
    {
      k -= 1
    }
    return (k..<i).first { title(at: $0, in: p, limit: i) == i - $0 }
  }

  private static let maxLowerCaseTitle = 4

  /// Whether the words after a title open with a verb in -s, which no name does: a Title
  /// Case headline's "Retired General Reveals …", "… Former Aide Says".
  static func opensWithVerb(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    guard let first = range.first else { return false }
    let t = p.tokens[first]
    return t.kind == .word && t.classes.contains(.speechVerb) && t.lower.endsIn("s")
      && !GivenNames.shared.contains(t.text)
  }

  /// "Earl Roe of West Virginia": a person's name ends before "of" (what follows is a place
  /// or body, read on its own).
  static func nameBeforeOf(_ range: Range<Int>, in p: TokenizedParagraph) -> Range<Int> {
    guard let of = range.first(where: { p.tokens[$0].lower == "of" }), of > range.lowerBound else {
      return range
    }
    return range.lowerBound..<of
  }

  /// "Chairman Jane Roe", "Council President Jane Roe" left over after an organisation or
  /// place: the title (with the words before it) and the name after it.
  static func titledName(_ range: Range<Int>, in p: TokenizedParagraph) -> (
    title: String, name: Range<Int>
  )? {
    for k in range {
      guard let length = title(at: k, in: p, limit: range.upperBound) else { continue }
      guard !opensWithVerb((k + length)..<range.upperBound, in: p) else { return nil }
      let name = nameBeforeOf((k + length)..<range.upperBound, in: p)
      guard looksLikeName(name, in: p) else { return nil }
      return (p.text(tokens: range.lowerBound..<(k + length)), name)
    }
    return nil
  }

  /// A name is one to five capitalised words or initials, none of them a common word.
  static func looksLikeName(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    guard !range.isEmpty, range.count <= 6 else { return false }
    for i in range {
      let t = p.tokens[i]
      if t.kind == .punctuation && t.text == "-" { continue }
      guard t.kind == .word else { return false }
      if t.classes.contains(.joiner) { continue }
      if i >= range.lowerBound + 2, p.tokens[i - 1].isPunctuation("-"),
        NameChunk.isSyllable(t, after: p.tokens[i - 2])
      {
        continue
      }
      if !t.isCapitalized || CommonWords.contains(t) && !isCommonSurname(at: i, of: range, p) {
        return false
      }
    }
    return true
  }

  /// "George Will wrote", "Al From, who …": a capitalised common word right after a given
  /// name ends the name, when a lower-case word or punctuation follows (in a Title Case
  /// headline it is just a word). Not a plural or verb in -s ("Reagan Democrats", "Roe
  /// Says"), a pronoun or word of two letters ("Carter I", "Roe In"), a count ("Marine One")
  /// or a page word ("Jane Roe Video").
  private static func isCommonSurname(at i: Int, of range: Range<Int>, _ p: TokenizedParagraph)
    -> Bool
  {
    let t = p.tokens[i]
    guard i == range.upperBound - 1, i > range.lowerBound,
      GivenNames.shared.contains(p.tokens[i - 1].text),
      t.classes.isDisjoint(with: [.speechVerb, .determiner, .article, .pronoun]),
      t.lower.unicodeScalars.count > 2, !t.lower.endsIn("s"), !notSurnames.contains(t.lower)
    else { return false }
    return i + 1 >= p.tokens.count || !p.tokens[i + 1].isCapitalized
  }

  /// Common words that count or order ("One", "First") or label a web page ("Video"): never
  /// a family name.
  private static let notSurnames: Set<String> = [
    "one", "two", "three", "first", "second", "last", "next", "all", "both", "each", "every",
    "some", "many", "most", "more", "few", "several", "another", "other", "only", "any", "none",
    "either", "neither", "video", "photo", "update", "editor", "click", "share", "watch", "comment",
    "related", "advertisement", "exclusive", "breaking", "opinion", "analysis",
  ]

  /// Whether an organisation, place or country of the lexicons starts at token `i` (and
  /// ends by `limit`): a word there names that, not a person.
  static func startsLexiconEntry(at i: Int, in p: TokenizedParagraph, limit: Int) -> Bool {
    Organisations.matcher.match(p.tokens, at: i, limit: limit) != nil
      || PlaceLexicon.shared.matcher.match(p.tokens, at: i, limit: limit) != nil
      || CountryLexicon.shared.matcher.match(p.tokens, at: i, limit: limit) != nil
  }

  /// Whether a one-word name is written as organisations write theirs: an acronym ("NAACP",
  /// "RT", "S.E.C.") or a word with a capital inside ("PolitiFact"). People's names are not.
  static func looksLikeOrganisationWord(_ token: Token) -> Bool {
    let letters = token.text.unicodeScalars.filter { $0 != "." }
    guard letters.count >= 2, letters.allSatisfy(\.properties.isAlphabetic) else { return false }
    let capitals = letters.filter(\.properties.isUppercase).count
    return capitals == letters.count || (capitals >= 2 && letters.first?.properties.isUppercase == true)
  }

  /// Whether a one-word country opening a chunk is a first name ("Chad Pergram", "Jordan
  /// Peele"): a given name with no title after it ("Chad President …" stays a country).
  static func isGivenName(
    _ length: Int, at j: Int, in p: TokenizedParagraph, limit: Int
  ) -> Bool {
    length == 1 && GivenNames.shared.contains(p.tokens[j].text)
      && title(at: j + 1, in: p, limit: limit) == nil
  }
}
