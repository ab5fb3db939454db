/// A row of the Timeline or Quotes pane: an item (a position into `Corpus.events` or
/// `Corpus.quotes`), or a label that heads a block of items.
///
/// Headers are rows like the Actors pane's country groups: the cursor may rest on them, and
/// Enter on one does nothing, so every row on screen is a row the keys can reach.
public enum ListRow: Sendable, Equatable {
  case item(Int)
  case header(ListHeader)

  /// The item's position, nil for a header.
  public var item: Int? {
    if case .item(let position) = self { return position }
    return nil
  }
}

/// What a header row labels.
public enum ListHeader: Sendable, Equatable {
  /// The start of a document's rows (`:sort document`), by position in `Corpus.documents`
  /// (a number, so that rows stay plain values that copy fast by the hundred thousand).
  case document(Int)
  /// The block of events without a resolvable date, and how many there are.
  case undated(count: Int)
}
