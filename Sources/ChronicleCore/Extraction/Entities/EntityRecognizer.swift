/// Finds the actors, countries and places of a document, paragraph by paragraph in reading
/// order, so that "Rubio" and "he" resolve to the actor named before them.
struct EntityRecognizer: Sendable {
  /// The document's actors so far; changed only by the recognizer's own reading (this type
  /// and its extensions).
  var registry = ActorRegistry()
  let document: String

  init(document: String) {
    self.document = document
  }

  mutating func recognize(_ p: TokenizedParagraph, kind: ParagraphKind) -> ParagraphEntities {
    var found = ParagraphEntities()
    // Chunks come in token order and never overlap: the next one is the only one to meet.
    let chunks = NameChunk.chunks(in: p)
    var nextChunk = 0
    var sentenceIndex = 0
    var i = 0
    while i < p.tokens.count {
      while sentenceIndex < p.sentences.count, p.sentences[sentenceIndex].upperBound <= i {
        sentenceIndex += 1
      }
      if kind == .text, UnnamedSource.mayOpen(at: i, in: p),
        !describesNameBefore(i, in: p, found),
        let description = UnnamedSource.range(at: i, in: p, isKnownName: { isKnownName($0, in: p) })
      {
        describeSource(description, in: p, into: &found)
        // The names inside the description ("a senior Roe adviser") are not its speaker.
        while nextChunk < chunks.count, chunks[nextChunk].range.lowerBound < description.upperBound {
          nextChunk += 1
        }
        i = description.upperBound
        continue
      }
      if nextChunk < chunks.count, chunks[nextChunk].range.lowerBound == i {
        let chunk = chunks[nextChunk]
        nextChunk += 1
        read(chunk, in: p, into: &found)
        i = chunk.range.upperBound
        continue
      }
      if kind == .text, p.tokens[i].classes.contains(.pronoun), p.tokens[i].kind == .word,
        let gender = Pronouns.gender[p.tokens[i].lower],
        let actor = subject(of: p.sentences[sentenceIndex], fitting: gender, in: p, found)
          ?? registry.lastPerson(gender: gender)
      {
        record(actor, tokens: i..<(i + 1), in: p, reference: true, into: &found)
      } else if kind == .text, let description = RoleDescription.range(head: i, in: p) {
        describe(description, in: p, into: &found)
      }
      i += 1
    }
    return found.indexed()
  }

  /// The actors in the order they were first met.
  func actors() -> [ActorRegistry.Record] { registry.records }

  private mutating func read(
    _ chunk: NameChunk, in p: TokenizedParagraph, into found: inout ParagraphEntities
  ) {
    let tokens = p.tokens
    var start = chunk.range.lowerBound
    let end = chunk.range.upperBound
    if chunk.range.count == 1, let known = speakingNamesake(at: start, in: p) {
      record(known, tokens: chunk.range, in: p, reference: false, into: &found)
      return
    }
    // Words capitalised only because they open the sentence ("On", "According", "The").
    while start < end, CommonWords.contains(tokens[start]) { start += 1 }
    guard start < end else { return }
    // "the Roe campaign", "Jane Roe's campaign": the organisation the person leads, who may
    // not be named yet (a headline's names are read last).
    if let noun = LeaderOrganisation.noun(after: end, in: p) {
      var leader = registry.find(name: p.text(tokens: start..<end))
        .flatMap { registry.records[$0].kind == .person ? $0 : nil }
      if leader == nil, LeaderOrganisation.isFullName(start..<end, in: p) {
        leader = person(start..<end, title: nil, country: nil, in: p)
      }
      if leader != nil || LeaderOrganisation.isSurname(start..<end, in: p) {
        let organisation = registry.actor(
          named: "\(tokens[end - 1].text) \(tokens[noun].lower)", kind: .organisation,
          title: nil, country: leader.flatMap { registry.records[$0].country }, gender: .unknown)
        record(organisation, tokens: start..<(noun + 1), in: p, reference: false, into: &found)
        if let leader { registry.nameInPassing(leader) }
        return
      }
    }
    if end - start >= 2, ChunkReader.namesNewspaper(start..<end, in: p) {
      // "the Philippine Star": a paper, not a Philippine named Star.
      readPlain(start..<end, in: p, into: &found, country: nil)
      return
    }
    let reading = ChunkReader.read(start..<end, in: p)

    if let prefix = reading.countryPrefix {
      addCountry(prefix.code, tokens: prefix.tokens, into: &found)
    }
    let country = reading.countryPrefix?.code ?? reading.organisationPrefix?.country
      ?? countryBefore(start, in: p)

    if let title = reading.title {
      if ChunkReader.opensWithVerb(reading.rest, in: p) {
        // "Former Aide Says Roe Lied": a role with no name, then the headline goes on.
        readPlain((reading.rest.lowerBound + 1)..<reading.rest.upperBound, in: p, into: &found, country: nil)
        return
      }
      if !reading.rest.isEmpty, ChunkReader.looksLikeName(reading.rest, in: p) {
        // "White House Press Secretary": an organisation before the title belongs to it.
        let fullTitle = reading.organisationPrefix.map {
          p.text(tokens: $0.tokens.lowerBound..<title.tokens.upperBound)
        } ?? title.text
        let name = ChunkReader.nameBeforeOf(reading.rest, in: p)
        let person = person(name, title: fullTitle, country: country, in: p)
        record(person, tokens: name, in: p, reference: false, into: &found, spanFrom: start)
        if name.upperBound + 1 < reading.rest.upperBound {
          readPlain(
            (name.upperBound + 1)..<reading.rest.upperBound, in: p, into: &found,
            country: nil)
        }
        return
      }
      if reading.rest.isEmpty {
        // A role without a name: "the President", "the Foreign Minister".
        if start > 0, tokens[start - 1].lower == "the",
          let role = tokens[title.tokens.upperBound - 1].lower as String?,
          let actor = registry.lastPerson(withTitle: role)
        {
          record(actor, tokens: title.tokens, in: p, reference: true, into: &found)
        }
        return
      }
    }
    readPlain(reading.rest, in: p, into: &found, country: country)
  }

  /// A chunk with no title: places, countries, organisations, known actors, new names.
  private mutating func readPlain(
    _ range: Range<Int>, in p: TokenizedParagraph, into found: inout ParagraphEntities,
    country: String?
  ) {
    let tokens = p.tokens
    if range.count >= 2, let last = range.last,
      Organisations.heads.contains(tokens[last].text) || ChunkReader.namesNewspaper(range, in: p)
    {
      guard !RoleDescription.follows(range.upperBound, in: p) else { return }
      let countryOfOrg = CountryLexicon.shared.matcher.match(tokens, at: range.lowerBound)?.payload
        .code
      let org = registry.actor(
        named: p.text(tokens: range), kind: .organisation, title: nil, country: countryOfOrg ?? country,
        gender: .unknown)
      record(org, tokens: range, in: p, reference: false, into: &found)
      return
    }
    var j = range.lowerBound
    while j < range.upperBound {
      if let org = Organisations.matcher.match(tokens, at: j, limit: range.upperBound),
        ChunkReader.title(at: j + org.length, in: p, limit: range.upperBound) == nil
      {
        if j + org.length == range.upperBound, RoleDescription.follows(range.upperBound, in: p) {
          break
        }
        let actor = registry.actor(
          named: org.payload.0, kind: .organisation, title: nil, country: org.payload.1,
          gender: .unknown)
        record(actor, tokens: j..<(j + org.length), in: p, reference: false, into: &found)
        j += org.length
      } else if let place = PlaceLexicon.shared.matcher.match(tokens, at: j, limit: range.upperBound),
        place.length >= (CountryLexicon.shared.matcher.match(tokens, at: j, limit: range.upperBound)?
          .length ?? 0)
      {
        addPlace(place.payload, tokens: j..<(j + place.length), in: p, into: &found)
        j += place.length
        if j == range.upperBound, j < tokens.count, tokens[j].kind == .word,
          !tokens[j].isCapitalized, LocalForce.nouns.contains(tokens[j].lower)
        {
          let force = registry.actor(
            named: "\(place.payload.name) \(tokens[j].lower)", kind: .organisation, title: nil,
            country: place.payload.country, gender: .unknown)
          record(force, tokens: (j - place.length)..<(j + 1), in: p, reference: false, into: &found)
        }
      } else if let person = namesakePerson(at: j, range: range, in: p) {
        // "Rep. Jim Jordan … Jordan said": a known person's surname, not the country.
        record(person, tokens: j..<(j + 1), in: p, reference: false, into: &found)
        j += 1
      } else if let c = CountryLexicon.shared.matcher.match(tokens, at: j, limit: range.upperBound),
        j + c.length == range.upperBound
          || !ChunkReader.isGivenName(c.length, at: j, in: p, limit: range.upperBound)
      {
        addCountry(c.payload.code, tokens: j..<(j + c.length), into: &found)
        if c.payload.form == .name, range == j..<(j + c.length),
          SpeakingCountry.speaks(range, in: p)
        {
          recordGovernment(of: c.payload.code, tokens: range, in: p, into: &found)
        }
        j += c.length
      } else if let adjective = PlaceLexicon.shared.adjectives.match(
        tokens, at: j, limit: range.upperBound)
      {
        addPlace(adjective.payload, tokens: j..<(j + adjective.length), in: p, into: &found)
        j += adjective.length
      } else {
        let nameEnd = nextLexical(from: j, limit: range.upperBound, in: p)
        if let titled = ChunkReader.titledName(j..<nameEnd, in: p) {
          // "Supreme Court Justice Jane Roe": the organisation in the title describes her.
          let actor = person(titled.name, title: titled.title, country: country, in: p)
          record(actor, tokens: titled.name, in: p, reference: false, into: &found, spanFrom: j)
        } else {
          readName(
            ChunkReader.nameBeforeOf(j..<nameEnd, in: p), whole: j..<nameEnd, in: p, into: &found,
            country: country)
        }
        j = nameEnd
      }
    }
  }

  /// The first token from `j` where a lexicon entry starts, or `limit`. A last word after a
  /// given name is a surname even when it names a place or people ("Mark Cuban", "Ada
  /// Jordan").
  private func nextLexical(from j: Int, limit: Int, in p: TokenizedParagraph) -> Int {
    var k = j + 1
    while k < limit {
      if k + 1 == limit, GivenNames.shared.contains(p.tokens[k - 1].text) { return limit }
      if ChunkReader.startsLexiconEntry(at: k, in: p, limit: limit) { return k }
      k += 1
    }
    return limit
  }

  /// A capitalised name with nothing in the lexicons: a known actor, a new person, or a
  /// place when an event noun follows ("the Pahalgam massacre"). `whole` is the name with
  /// the "of" phrase a person's name ends before, which an organisation's keeps.
  private mutating func readName(
    _ range: Range<Int>, whole: Range<Int>? = nil, in p: TokenizedParagraph,
    into found: inout ParagraphEntities, country: String?
  ) {
    guard ChunkReader.looksLikeName(range, in: p) else { return }
    let tokens = p.tokens
    let text = p.text(tokens: range)
    if isStateAbbreviation(range, in: p) {
      addPlace(PlaceLexicon.Entry(name: text, country: "USA"), tokens: range, in: p, into: &found)
      return
    }
    let afterArticle = range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the"
    if afterArticle, let whole, whole.upperBound > range.upperBound,
      tokens[whole.upperBound - 1].isCapitalized, Self.speaks(whole, in: p)
    {
      // "the Association of Flight Attendants called", "according to the Federal Bureau of
      // Prisons": a body named whole, not a person's name and a place.
      let organisation = registry.actor(
        named: p.text(tokens: whole), kind: .organisation, title: nil, country: country,
        gender: .unknown)
      record(organisation, tokens: whole, in: p, reference: false, into: &found)
      return
    }
    if afterArticle, range.count == 1, Organisations.publicationHeads.contains(text),
      let paper = registry.onlyOrganisation(endingWith: text)
    {
      // "The Post has learned" after "the New York Post": the paper named in short.
      record(paper, tokens: range, in: p, reference: false, into: &found)
      return
    }
    if let after = range.last.map({ $0 + 1 }), after < tokens.count,
      EventNouns.set.contains(tokens[after].lower)
    {
      addPlace(PlaceLexicon.Entry(name: text, country: nil), tokens: range, in: p, into: &found)
      return
    }
    if let alias = parentheticalAlias(range, in: p, found: &found) {
      _ = alias
      return
    }
    if let known = registry.find(name: text) {
      // "Ban, a diplomat from South Korea": a known name's apposition tells its country too.
      if let country = Apposition.read(after: range.upperBound, in: p)?.country {
        registry.addCountry(known, country)
      }
      record(known, tokens: range, in: p, reference: false, into: &found)
      return
    }
    // "Democrat Ann Lee took a swipe": a party label before a full name is no part of it.
    let labelled = range.count >= 3 && PartyLabels.countryOfWord[tokens[range.lowerBound]] != nil
    let givenGender = GivenNames.shared.gender(
      of: tokens[labelled ? range.lowerBound + 1 : range.lowerBound].text)
    // "Republican Ann Roe", "Candidate Ann Roe": a role word before a given name and more of
    // the name makes a full name too ("Fort Jordan", "Port Elizabeth Harbor" have no role).
    let isFullName = range.count >= 2
      && (givenGender != nil
        || range.count >= 3 && tokens[range.lowerBound].classes.contains(.roleHead)
          && ChunkReader.personNameStart(range, in: p) > range.lowerBound)
    let apposition = Apposition.read(after: range.upperBound, in: p)
    guard isFullName || apposition != nil || Self.speaks(range, in: p) else { return }
    if range.count == 1, range.lowerBound == p.sentenceStart(of: range.lowerBound),
      givenGender == nil, apposition == nil, !SpeakerCue.follows(range.upperBound, in: p),
      TranscriptLabel.range(in: p) != range
    {
      return
    }
    // "The Daily Beast reported", "the Hill said": people are not named with an article.
    // A transcript label in capitals ("WALLACE: …") is someone speaking, not initials.
    if afterArticle && givenGender == nil
      || (range.count == 1 && ChunkReader.looksLikeOrganisationWord(tokens[range.lowerBound])
        && TranscriptLabel.range(in: p) != range)
    {
      let organisation = registry.actor(
        named: text, kind: .organisation, title: nil, country: country, gender: .unknown)
      record(organisation, tokens: range, in: p, reference: false, into: &found)
      return
    }
    let person = person(
      range, title: apposition?.title, country: apposition?.country ?? country, in: p)
    record(person, tokens: range, in: p, reference: false, into: &found)
  }

  /// Whether the words around a name make it the one who speaks: a speech verb after it (past
  /// an apposition), "according to" or a verb before it, a dash and a quotation after it, or
  /// a transcript label. Asked only of names that nothing else makes a person.
  private static func speaks(_ range: Range<Int>, in p: TokenizedParagraph) -> Bool {
    SpeakerCue.follows(range.upperBound, in: p) || SpeakerCue.precedes(range, in: p)
      || SpeakerCue.followsApposition(range.upperBound, in: p)
      || TranscriptLabel.range(in: p) == range || QuoteDash.introduces(after: range.upperBound, in: p)
  }

  /// "(PoK)" right after a place or organisation: another name for it.
  private mutating func parentheticalAlias(
    _ range: Range<Int>, in p: TokenizedParagraph, found: inout ParagraphEntities
  ) -> String? {
    let tokens = p.tokens
    guard range.count == 1, range.lowerBound >= 1, range.upperBound < tokens.count,
      tokens[range.lowerBound - 1].isPunctuation("("), tokens[range.upperBound].isPunctuation(")")
    else { return nil }
    let alias = tokens[range.lowerBound].text
    // "Sen. Jane Roe (Vt.)": a home state, not another name.
    guard !Abbreviations.states.contains(tokens[range.lowerBound].bare) else { return nil }
    let before = range.lowerBound - 1
    if let last = found.places.last, last.tokens.upperBound == before {
      found.places.append(
        ParagraphEntities.PlaceMention(
          name: last.name, country: last.country, tokens: range, alias: alias))
      return alias
    }
    if let last = found.actors.last, last.tokens.upperBound == before, !last.isReference {
      registry.addAlias(last.actor, alias)
      record(last.actor, tokens: range, in: p, reference: false, into: &found)
      return alias
    }
    return nil
  }

  private mutating func person(
    _ range: Range<Int>, title: String?, country: String?, in p: TokenizedParagraph
  ) -> Int {
    let first = ChunkReader.personNameStart(range, in: p)
    let name = p.text(tokens: first..<range.upperBound)
    // The gender of the first given name, past a word before it.
    var gender = range.prefix(2).lazy.compactMap { GivenNames.shared.gender(of: p.tokens[$0].text) }
      .first ?? .unknown
    if let title, let g = Titles.honorificGender[title.lowercased()] { gender = g }
    let cleanTitle = title.flatMap { Titles.weak.contains($0.lowercased()) ? nil : $0 }
    let position = registry.actor(
      named: name, kind: .person, title: cleanTitle,
      country: country ?? CountryEvidence.country(ofName: first..<range.upperBound, in: p),
      gender: gender)
    if let title, cleanTitle == nil { registry.addRole(position, ofHonorific: title) }
    return position
  }

  /// Records a mention of `actor` by the name at `range`; its text span starts at `spanFrom`
  /// when a title phrase stands before the name ("White House Press Secretary Jane Roe").
  mutating func record(
    _ actor: Int, tokens range: Range<Int>, in p: TokenizedParagraph, reference: Bool,
    into found: inout ParagraphEntities, spanFrom: Int? = nil
  ) {
    // A person named with an apposition, or after lower-case title words ("Roe's campaign
    // manager Jane Doe"), is mentioned by the whole phrase; a description is its own words.
    let isNamedPerson = !reference && registry.records[actor].kind == .person
      && !UnnamedSource.isDescription(registry.records[actor].name)
    let last = (isNamedPerson ? Apposition.end(after: range.upperBound, in: p) : nil)
      .map { $0 - 1 } ?? range.upperBound - 1
    let first = spanFrom
      ?? (isNamedPerson ? ChunkReader.lowerCaseTitleStart(before: range.lowerBound, in: p) : nil)
      ?? range.lowerBound
    let span = TextSpan(
      document: document, paragraph: p.index, start: p.tokens[first].start, end: p.tokens[last].end)
    registry.mention(actor, span: span)
    found.actors.append(
      ParagraphEntities.ActorMention(actor: actor, tokens: range, isReference: reference))
  }
}
