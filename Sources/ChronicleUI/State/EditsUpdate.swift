import ChronicleCore

/// What the app hands the reducer after saving or reverting an edit: the edits now, newest
/// first, the curated corpus the reader's place moves onto, and what to tell the reader.
public struct EditsUpdate: Sendable, Equatable {
  public var rows: [EditRow]
  public var corpus: Corpus
  public var message: StatusMessage

  public init(rows: [EditRow], corpus: Corpus, message: StatusMessage) {
    self.rows = rows
    self.corpus = corpus
    self.message = message
  }

  /// The corpus follows from the rows (the same edits over the same extraction), so it is
  /// left out of the comparison, as `CorpusUpdate` compares versions only.
  public static func == (lhs: EditsUpdate, rhs: EditsUpdate) -> Bool {
    lhs.rows == rhs.rows && lhs.message == rhs.message
  }
}
