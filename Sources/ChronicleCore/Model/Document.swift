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

  /// Where the paragraph texts are read back from, when the corpus does not hold them.
  public var textSource: DocumentTextSource? { paragraphs.first?.textSource }

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
  // The text's storage is declared first and the kind next, so the kind takes the byte after
  // the storage's tag and a paragraph stays 32 bytes.
  private var storage: ParagraphTextStorage
  public var kind: ParagraphKind
  /// 0-based index within its document.
  public var index: Int
  public var text: String {
    get { storage.text }
    set { storage = .held(newValue) }
  }

  /// Where the text is read back from, when the paragraph does not hold it.
  public var textSource: DocumentTextSource? { storage.source }

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
