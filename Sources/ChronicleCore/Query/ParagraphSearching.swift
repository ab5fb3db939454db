/// Finds the paragraphs of a corpus that match what a reader typed, for `/` across every
/// article in the Source pane. The archive answers from its full-text index, so a search of
/// a big corpus reads no article text.
public protocol ParagraphSearching: Sendable {
  /// The paragraphs of `corpus` that match `query`, in corpus order (document, then
  /// paragraph).
  func paragraphs(matching query: String, in corpus: Corpus) throws -> [ParagraphLocation]
  /// Does ahead, off the screen's thread, what the first search of `corpus` would otherwise do
  /// while the reader waits.
  func prepare(for corpus: Corpus)
}

extension ParagraphSearching {
  public func prepare(for corpus: Corpus) {}
}
