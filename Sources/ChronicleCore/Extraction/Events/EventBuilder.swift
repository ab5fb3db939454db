/// Makes events from sentences: a sentence that carries a date or a quote is something that
/// happened or was said. It takes the sentence's first date (or, failing that and only when
/// it continues the story of the sentence before, that sentence's date, marked inherited —
/// see `StoryContinuation`), its actors, countries and quotes.
struct EventBuilder: Sendable {
  struct Found: Sendable, Equatable {
    var time: Int?
    /// The time comes from the sentence before, not from this one.
    var inherited: Bool = false
    var summary: String
    var actors: [Int]
    var countries: [String]
    var quotes: [Int]
    var start: Int
    var end: Int
  }

  /// Longest summary kept, in Unicode scalars.
  static let summaryLimit = 200

  /// - Parameters:
  ///   - times: the paragraph's times as (corpus position, token index, is a DATE).
  ///   - quotes: the paragraph's quotes as (corpus position, token index).
  func events(
    in p: TokenizedParagraph, entities: ParagraphEntities, actorCountry: (Int) -> String?,
    times: [(position: Int, token: Int, isDate: Bool)], quotes: [(position: Int, token: Int)]
  ) -> [Found] {
    var result: [Found] = []
    /// The date the story is at: the previous sentence's own or inherited date, cleared by a
    /// sentence that starts another story.
    var storyTime: Int?
    let datesBySentence = Self.bySentence(
      times.lazy.filter(\.isDate).map { ($0.position, $0.token) }, in: p)
    let quotesBySentence = Self.bySentence(quotes.lazy.map { ($0.position, $0.token) }, in: p)
    var nextDate = 0
    var nextQuote = 0
    for (n, sentence) in p.sentences.enumerated() {
      var firstDate: Int?
      while nextDate < datesBySentence.count, datesBySentence[nextDate].sentence == n {
        firstDate = firstDate ?? datesBySentence[nextDate].position
        nextDate += 1
      }
      var said: [Int] = []
      while nextQuote < quotesBySentence.count, quotesBySentence[nextQuote].sentence == n {
        said.append(quotesBySentence[nextQuote].position)
        nextQuote += 1
      }
      let continues = StoryContinuation.continues(sentence, in: p.tokens)
      if firstDate == nil, !continues { storyTime = nil }
      guard firstDate != nil || !said.isEmpty else { continue }
      let time = firstDate ?? storyTime
      storyTime = time
      var actors: [Int] = []
      for mention in entities.actors(in: sentence) where !actors.contains(mention.actor) {
        actors.append(mention.actor)
      }
      var countries: [String] = []
      for mention in entities.countries(in: sentence) where !countries.contains(mention.code) {
        countries.append(mention.code)
      }
      for actor in actors {
        if let code = actorCountry(actor), !countries.contains(code) { countries.append(code) }
      }
      let start = p.tokens[sentence.lowerBound].start
      let end = p.tokens[sentence.upperBound - 1].end
      result.append(
        Found(
          time: time, inherited: firstDate == nil && time != nil, summary: Self.summary(p.scalars[max(0, start)..<min(end, p.scalars.count)]), actors: actors,
          countries: countries, quotes: said, start: start, end: end))
    }
    return result
  }

  /// Corpus positions with the sentence their token lies in, ordered by sentence, those of
  /// one sentence in their order; those outside every sentence are left out. A list walked
  /// alongside the sentences: grouping into an array per sentence cost more than the events.
  private static func bySentence(
    _ items: some Sequence<(position: Int, token: Int)>, in p: TokenizedParagraph
  ) -> [(sentence: Int, position: Int)] {
    var placed: [(sentence: Int, position: Int)] = []
    for item in items {
      if let n = p.sentenceIndex(containing: item.token) { placed.append((n, item.position)) }
    }
    // Items come in reading order as a rule: then there is nothing to sort.
    if zip(placed, placed.dropFirst()).allSatisfy({ $0.sentence <= $1.sentence }) { return placed }
    return placed.enumerated().sorted {
      ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset)
    }.map(\.element)
  }

  /// The sentence, cut at a space before `summaryLimit` scalars with an ellipsis when
  /// longer. Taken from the paragraph's scalars, so the sentence is never built as a string
  /// only to be split into scalars again.
  static func summary(_ sentence: ArraySlice<Unicode.Scalar>) -> String {
    guard sentence.count > summaryLimit else { return String(scalars: sentence) }
    let start = sentence.startIndex
    var cut = summaryLimit
    while cut > summaryLimit / 2, !sentence[start + cut].isSpace { cut -= 1 }
    return String(scalars: sentence[start..<(start + cut)]) + "\u{2026}"
  }
}
