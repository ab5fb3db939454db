/// One article as Chronicle reads it: where it came from, when it was published and its
/// paragraphs. Everything extracted points back here by document id and paragraph index.
public struct Document: Sendable, Equatable {
  /// Corpus-wide id such as `d1`.
  public var id: String
  /// The path as the user gave it (`-` for standard input).
  public var path: String
  public var title: String?
  /// The publication date every relative time expression is resolved against.
  public var published: CalendarDate?
  public var paragraphs: [Paragraph]

  public init(
    id: String, path: String, title: String?, published: CalendarDate?, paragraphs: [Paragraph]
  ) {
    self.id = id
    self.path = path
    self.title = title
    self.published = published
    self.paragraphs = paragraphs
  }
}

/// Whether a paragraph is running news text or a section heading.
public enum ParagraphKind: String, Sendable, Equatable {
  case heading
  case text
}

/// A blank-line separated block (or line) of the body, whitespace collapsed.
public struct Paragraph: Sendable, Equatable {
  /// 0-based index within its document.
  public var index: Int
  public var kind: ParagraphKind
  public var text: String {
    get { storage.text }
    set { storage = .held(newValue) }
  }
  private var storage: ParagraphTextStorage

  public init(index: Int, kind: ParagraphKind, text: String) {
    self.index = index
    self.kind = kind
    self.storage = .held(text)
  }

  /// A paragraph whose text is read back from `source` (at `position` in the document) when
  /// it is shown.
  public init(index: Int, kind: ParagraphKind, position: Int, in source: DocumentTextSource) {
    self.index = index
    self.kind = kind
    self.storage = .stored(source, position: position)
  }
}
