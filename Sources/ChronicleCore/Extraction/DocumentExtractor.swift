/// Runs every extractor over one document, in reading order, and returns it as a
/// one-document corpus: entities first (so quotes can find speakers), then times, quotes
/// and the events that tie them together.
public struct DocumentExtractor: Sendable {
  public init() {}

  /// Borrows a vocabulary from `VocabularyPool.shared`, so the word forms of the documents
  /// this thread extracted before are at hand.
  public func extract(_ document: Document) -> Corpus {
    VocabularyPool.shared.with { extract(document, vocabulary: &$0) }
  }

  func extract(_ document: Document, vocabulary: inout Vocabulary) -> Corpus {
    var entities = EntityRecognizer(document: document.id)
    var quoteExtractor = QuoteExtractor()
    let timeExtractor = TimeExtractor()
    var times: [TimeExpression] = []
    var quoteFinds: [(paragraph: Int, found: QuoteExtractor.Found, text: String)] = []
    var paragraphs: [(TokenizedParagraph, ParagraphEntities, [(Int, Int, Bool)], [(Int, Int)])] = []
    var countryMentions: [String: [TextSpan]] = [:]
    var countryOrder: [String] = []
    var places = PlaceCollector()
    var storyTime: CalendarDate?

    for paragraph in document.paragraphs {
      let p = TokenizedParagraph(paragraph, vocabulary: &vocabulary)
      let found = entities.recognize(p, kind: paragraph.kind)
      for mention in found.countries {
        if countryMentions[mention.code] == nil { countryOrder.append(mention.code) }
        countryMentions[mention.code, default: []].append(span(mention.tokens, p, document))
      }
      for mention in found.places { places.add(mention, span: span(mention.tokens, p, document)) }

      var paragraphTimes: [(Int, Int, Bool)] = []
      for match in timeExtractor.extract(p, published: document.published, story: &storyTime) {
        paragraphTimes.append((times.count, p.tokenIndex(atOrAfter: match.start), match.type == .date))
        times.append(
          TimeExpression(
            id: RecordID.make("t", times.count + 1), text: match.text, value: match.value,
            precision: match.precision, type: match.type,
            span: TextSpan(
              document: document.id, paragraph: p.index, start: match.start, end: match.end),
            anchor: match.value.map(TimeValue.isReference) == true ? document.published : nil))
      }
      var paragraphQuotes: [(Int, Int)] = []
      if paragraph.kind == .text {
        if let signer = quoteExtractor.signer(of: p, entities: found), !quoteFinds.isEmpty {
          quoteFinds[quoteFinds.count - 1].found.speaker = signer
          quoteFinds[quoteFinds.count - 1].found.cue = "-"
        }
        for q in quoteExtractor.extract(p, entities: found) {
          paragraphQuotes.append((quoteFinds.count, q.token))
          quoteFinds.append((p.index, q, p.text(q.start, q.end)))
        }
      }
      paragraphs.append((p, found, paragraphTimes, paragraphQuotes))
    }

    if let (first, found, _, _) = paragraphs.first,
      Self.isHeadline(document.paragraphs[first.index], of: document)
    {
      entities.readAgain(headline: first, found: found)
    }
    let records = entities.actors()
    let actors = records.enumerated().map { position, r in
      Actor(
        id: RecordID.make("a", position + 1), name: r.name, kind: r.kind, title: r.title,
        country: r.country, aliases: r.aliases, mentions: r.mentions)
    }
    let quotes = quoteFinds.enumerated().map { n, item in
      Quote(
        id: RecordID.make("q", n + 1), kind: item.found.kind,
        text: item.text,
        speaker: item.found.speaker.map { RecordID.make("a", $0 + 1) }, cue: item.found.cue,
        span: TextSpan(
          document: document.id, paragraph: item.paragraph, start: item.found.start,
          end: item.found.end))
    }
    var events: [Event] = []
    let builder = EventBuilder()
    for (p, found, paragraphTimes, paragraphQuotes) in paragraphs
    where document.paragraphs[p.index].kind == .text {
      let made = builder.events(
        in: p, entities: found, actorCountry: { records[$0].country },
        times: paragraphTimes.map { (position: $0.0, token: $0.1, isDate: $0.2) },
        quotes: paragraphQuotes.map { (position: $0.0, token: $0.1) })
      for e in made {
        events.append(
          Event(
            id: RecordID.make("e", events.count + 1),
            time: e.time.map { RecordID.make("t", $0 + 1) }, summary: e.summary,
            actors: e.actors.map { RecordID.make("a", $0 + 1) }, countries: e.countries,
            quotes: e.quotes.map { RecordID.make("q", $0 + 1) },
            span: TextSpan(document: document.id, paragraph: p.index, start: e.start, end: e.end),
            inherited: e.inherited))
      }
    }
    let countries = countryOrder.map {
      Country(
        code: $0, name: CountryLexicon.shared.name(of: $0) ?? $0,
        mentions: countryMentions[$0] ?? [])
    }
    return Corpus(
      documents: [document], actors: actors.filter { !$0.mentions.isEmpty }, countries: countries,
      places: places.places(), times: times, quotes: quotes, events: events)
  }

  /// Whether a document's first paragraph is its headline: a heading, or the title repeated
  /// (its punctuation aside: "… 'Terrifying'" is repeated as "… 'Terrifying.'").
  private static func isHeadline(_ paragraph: Paragraph, of document: Document) -> Bool {
    if paragraph.kind == .heading { return true }
    guard let title = document.title?.unicodeScalars.filter(\.isLetter),
      !title.isEmpty
    else { return false }
    return paragraph.text.unicodeScalars.lazy.filter(\.isLetter).starts(with: title)
  }

  private func span(_ tokens: Range<Int>, _ p: TokenizedParagraph, _ d: Document) -> TextSpan {
    TextSpan(
      document: d.id, paragraph: p.index, start: p.tokens[tokens.lowerBound].start,
      end: p.tokens[tokens.upperBound - 1].end)
  }
}

/// Gathers place mentions under one entry per place name, keeping aliases ("PoK").
struct PlaceCollector {
  private var collected: [Place] = []
  /// Name → position in `collected`: one lookup a mention, and the place changed in place.
  private var position: [String: Int] = [:]

  mutating func add(_ mention: ParagraphEntities.PlaceMention, span: TextSpan) {
    let at: Int
    if let known = position[mention.name] {
      at = known
    } else {
      at = collected.count
      position[mention.name] = at
      collected.append(
        Place(id: RecordID.make("p", at + 1), name: mention.name, country: mention.country))
    }
    collected[at].mentions.append(span)
    if let alias = mention.alias, !collected[at].aliases.contains(alias) {
      collected[at].aliases.append(alias)
    }
  }

  func places() -> [Place] { collected }
}
