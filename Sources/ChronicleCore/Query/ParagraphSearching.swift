/// Finds the paragraphs of a corpus that match what a reader typed, for `/` across every
/// article in the Source pane. The archive answers from its full-text index, so a search of
/// a big corpus reads no article text.
public protocol ParagraphSearching: Sendable {
  /// The paragraphs of `corpus` that match `query`, in corpus order (document, then
  /// paragraph).
  func paragraphs(matching query: String, in corpus: Corpus) throws -> [ParagraphLocation]
}
