/// Something an actor said: in quotation marks (`direct`) or reported (`indirect`).
public struct Quote: Sendable, Equatable, Identifiable {
  // The words' storage is declared first and the kind next, so the kind takes the byte after
  // the storage's tag (8 bytes less a quote).
  private var storedWords: WordsStorage
  public var kind: QuoteKind
  public var id: String
  /// The quoted words (without the marks) or the reported content.
  public var text: String {
    get { String(words) }
    set { words = Substring(newValue) }
  }
  /// The text as kept: read back from the archive, a stretch of its paragraph's text, so a
  /// corpus does not hold each quote twice (see `readWords`).
  public var words: Substring {
    get { storedWords.words }
    set { storedWords = .held(String(newValue)) }
  }
  /// Actor id; `nil` when the text names no speaker (never invented).
  public var speaker: String?
  /// The words that mark the attribution ("said", "according to", "in his words").
  public var cue: String?
  public var span: TextSpan

  public init(
    id: String, kind: QuoteKind, text: String, speaker: String?, cue: String?, span: TextSpan
  ) {
    self.id = id
    self.kind = kind
    self.storedWords = .held(text)
    self.speaker = speaker
    self.cue = cue
    self.span = span
  }

  /// Reads the words through `source` (the paragraphs of the quote's document) whenever they
  /// are asked for: the `length` UTF-8 bytes from `utf8Start` of the quote's paragraph.
  public mutating func readWords(from source: DocumentTextSource, utf8Start: Int, length: Int) {
    storedWords = .stretch(
      of: source, paragraph: span.paragraph, utf8Start: utf8Start, length: length)
  }
}

public enum QuoteKind: String, Sendable, Equatable {
  case direct
  case indirect
}
