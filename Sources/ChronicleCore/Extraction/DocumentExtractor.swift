/// Runs every extractor over one document and returns it as a one-document corpus.
public struct DocumentExtractor: Sendable {
  public init() {}

  public func extract(_ document: Document) -> Corpus {
    Corpus(
      documents: [document], actors: [], countries: [], places: [], times: [], quotes: [],
      events: [])
  }
}
