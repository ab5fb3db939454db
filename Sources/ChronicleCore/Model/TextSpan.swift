/// A stretch of one paragraph: Unicode-scalar offsets, end exclusive, as in `chronicle/1`.
public struct TextSpan: Sendable, Hashable, Comparable {
  public var document: String
  public var paragraph: Int
  public var start: Int
  public var end: Int

  public init(document: String, paragraph: Int, start: Int, end: Int) {
    self.document = document
    self.paragraph = paragraph
    self.start = start
    self.end = end
  }

  /// Where a paragraph lives, without the offsets: the key of the Source pane.
  public var location: ParagraphLocation {
    ParagraphLocation(document: document, paragraph: paragraph)
  }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.document.count, lhs.document, lhs.paragraph, lhs.start, lhs.end)
      < (rhs.document.count, rhs.document, rhs.paragraph, rhs.start, rhs.end)
  }
}

/// A paragraph of a document, the unit a quote or event is anchored to.
public struct ParagraphLocation: Sendable, Hashable {
  public var document: String
  public var paragraph: Int

  public init(document: String, paragraph: Int) {
    self.document = document
    self.paragraph = paragraph
  }
}
