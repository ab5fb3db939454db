/// Makes events from sentences: a sentence that carries a date or a quote is something that
/// happened or was said. It takes the sentence's first date (or, failing that, the date of
/// the paragraph's previous event), its actors, countries and quotes.
struct EventBuilder: Sendable {
  struct Found: Sendable, Equatable {
    var time: Int?
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
    var paragraphTime: Int?
    let timesBySentence = p.bySentence(times) { $0.token }
    let quotesBySentence = p.bySentence(quotes) { $0.token }
    for (n, sentence) in p.sentences.enumerated() {
      let dates = timesBySentence[n].filter(\.isDate)
      let said = quotesBySentence[n].map(\.position)
      guard !dates.isEmpty || !said.isEmpty else { continue }
      let time = dates.first?.position ?? paragraphTime
      paragraphTime = time
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
          time: time, summary: Self.summary(p.scalars[max(0, start)..<min(end, p.scalars.count)]), actors: actors,
          countries: countries, quotes: said, start: start, end: end))
    }
    return result
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
