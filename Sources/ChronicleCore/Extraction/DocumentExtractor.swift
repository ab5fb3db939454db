/// Runs every extractor over one document and returns it as a one-document corpus.
public struct DocumentExtractor: Sendable {
  public init() {}

  public func extract(_ document: Document) -> Corpus {
    var times: [TimeExpression] = []
    let timeExtractor = TimeExtractor()
    for paragraph in document.paragraphs {
      let scalars = Array(paragraph.text.unicodeScalars)
      for match in timeExtractor.extract(scalars, published: document.published) {
        times.append(
          TimeExpression(
            id: "t\(times.count + 1)", text: match.text, value: match.value,
            precision: match.precision, type: match.type,
            span: TextSpan(
              document: document.id, paragraph: paragraph.index, start: match.start, end: match.end
            )))
      }
    }
    return Corpus(
      documents: [document], actors: [], countries: [], places: [], times: times, quotes: [],
      events: [])
  }
}
