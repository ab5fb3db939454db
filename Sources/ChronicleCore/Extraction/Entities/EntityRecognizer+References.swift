/// How the recognizer reads words that point back to an actor named before them: a pronoun
/// to its sentence's subject, a role description ("the Vermont senator") to the person it
/// stands for, and a headline's surnames to the article's actors once it is read.
extension EntityRecognizer {
  /// The person a sentence opens with ("Clinton says she …"), when the gender fits: a pronoun
  /// later in the sentence refers to its subject before any person named in between ("…
  /// Machado's courage through what she calls …").
  func subject(
    of sentence: Range<Int>, fitting gender: GivenNames.Gender, in p: TokenizedParagraph,
    _ found: ParagraphEntities
  ) -> Int? {
    let first = SpeechActFinder.firstWord(sentence, p)
    guard
      let opening = found.actors.first(where: { sentence.contains($0.tokens.lowerBound) }),
      !opening.isReference, opening.tokens.lowerBound <= first + 1,
      opening.tokens.upperBound < p.tokens.count,
      p.tokens[opening.tokens.upperBound].kind != .possessive
    else { return nil }
    let r = registry.records[opening.actor]
    guard r.kind == .person, r.gender == gender || r.gender == .unknown else { return nil }
    return opening.actor
  }

  /// Resolves a description ("the Vermont senator") past the people its sentence names, and
  /// keeps its words ("Vermont senator") with the person when they name a place, party or
  /// office. A description in commas next to a name ("Jane Roe, the city's mayor," or "the
  /// city's spokesman, Jane Roe,") is that name's apposition, not a reference.
  mutating func describe(
    _ range: Range<Int>, in p: TokenizedParagraph, into found: inout ParagraphEntities
  ) {
    let tokens = p.tokens
    let start = range.lowerBound
    if start >= 1, tokens[start - 1].isPunctuation(","),
      found.actors.last?.tokens.upperBound == start - 1
    {
      return
    }
    if range.upperBound + 1 < tokens.count, tokens[range.upperBound].isPunctuation(","),
      tokens[range.upperBound + 1].kind == .word, tokens[range.upperBound + 1].isCapitalized
    {
      return
    }
    let sentenceStart = p.sentenceStart(of: start)
    let named = Set(found.actors.filter { $0.tokens.lowerBound >= sentenceStart }.map(\.actor))
    // "the Russian leader": a country word in the description says whose leader.
    let country = range.lazy.compactMap {
      CountryLexicon.shared.matcher.match(tokens, at: $0, limit: range.upperBound)?.payload.code
    }.first
    // "the Vermont senator and presidential candidate": the holder of the office before the
    // last person who would fit a candidacy. "the vice-presidential nominee" is a running
    // mate, whom only a title names.
    let heads = range.filter { tokens[$0].kind == .word && tokens[$0].classes.contains(.roleHead) }
    let people = heads.compactMap {
      registry.describedPerson(role: tokens[$0].lower, country: country, excluding: named)
    }
    guard let (actor, isTitled) = people.first(where: \.isTitled) ?? people.last,
      isTitled || !range.contains(where: { tokens[$0].lower == "vice" })
    else { return }
    let words = (start + 1)..<range.upperBound
    if words.contains(where: { tokens[$0].isCapitalized }) {
      registry.addDescription(actor, p.text(tokens: words))
    }
    found.descriptions.append(
      ParagraphEntities.ActorMention(actor: actor, tokens: range, isReference: true))
    // A mention of the person as well when the description is sure of them: the role is
    // their title, or a candidacy (an office may be someone's the story has not named).
    guard isTitled || RoleDescription.candidacyHeads.contains(tokens[range.upperBound - 1].lower)
    else { return }
    registry.lateMention(
      actor,
      span: TextSpan(
        document: document, paragraph: p.index, start: tokens[start].start,
        end: tokens[range.upperBound - 1].end))
  }

  /// Reads a headline again once the whole article is known. A headline names people by
  /// surname before the article introduces them ("Sanders: Clinton needs …", "Obama Sees …"),
  /// and a lone unknown word there is no name by itself; the words that name an actor of the
  /// article (one or two words, the longer first) become that actor's mentions, save a
  /// country's name, which stays a place. A title with no name after it is the article's
  /// one holder of that role (`headlineRole`).
  mutating func readAgain(headline p: TokenizedParagraph, found: ParagraphEntities) {
    let tokens = p.tokens
    var named = found.actors.map(\.tokens)
    for chunk in NameChunk.chunks(in: p) {
      guard let (range, person) = headlineRole(chunk.range, in: p) else { continue }
      registry.lateMention(
        person,
        span: TextSpan(
          document: document, paragraph: p.index, start: tokens[range.lowerBound].start,
          end: tokens[range.upperBound - 1].end))
      named.append(range)
    }
    var i = 0
    while i < tokens.count {
      guard NameChunk.isNameWord(tokens[i]), tokens[i].kind == .word,
        !CommonWords.contains(tokens[i]), !named.contains(where: { $0.contains(i) })
      else {
        i += 1
        continue
      }
      let pair = i + 1 < tokens.count && NameChunk.isNameWord(tokens[i + 1])
        && !named.contains(where: { $0.contains(i + 1) })
      let actor = (pair ? registry.find(name: p.text(tokens: i..<(i + 2))).map { ($0, 2) } : nil)
        ?? registry.find(name: tokens[i].text).map { ($0, 1) }
      // A country a headline names is a place: its government speaks only where a verb says so.
      let isCountry = found.countries.contains { $0.tokens.contains(i) }
      // "Former DNC chairman calls …": the organisation qualifies a person's role.
      guard let (position, length) = actor,
        !(isCountry && registry.records[position].kind == .organisation),
        !RoleDescription.follows(i + length, in: p)
      else {
        i += 1
        continue
      }
      registry.lateMention(
        position,
        span: TextSpan(
          document: document, paragraph: p.index, start: tokens[i].start,
          end: tokens[i + length - 1].end))
      i += length
    }
  }
}

extension EntityRecognizer {
  /// "Retired General Reveals …", "…, Former White House Doctor Says": a headline's title
  /// with no name after it stands for the article's one person who holds that role (a
  /// headline announces whom the article quotes). The tokens from the chunk's start to the
  /// title's end, and the person; `nil` when no one or several hold the role.
  fileprivate func headlineRole(_ range: Range<Int>, in p: TokenizedParagraph) -> (
    tokens: Range<Int>, person: Int
  )? {
    for k in range {
      guard let length = ChunkReader.title(at: k, in: p, limit: range.upperBound) else { continue }
      let rest = (k + length)..<range.upperBound
      guard rest.isEmpty || ChunkReader.opensWithVerb(rest, in: p),
        let role = ActorRegistry.role(of: p.text(tokens: k..<(k + length))),
        let person = registry.onlyPerson(withRole: role)
      else { return nil }
      return (range.lowerBound..<(k + length), person)
    }
    return nil
  }
}

/// Pronouns that point back to a person, with the gender they need.
enum Pronouns {
  static let gender: [String: GivenNames.Gender] = [
    "he": .male, "him": .male, "his": .male, "himself": .male, "she": .female, "her": .female,
    "hers": .female, "herself": .female,
  ]
}
