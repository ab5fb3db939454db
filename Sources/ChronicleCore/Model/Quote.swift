/// Something an actor said: in quotation marks (`direct`) or reported (`indirect`).
public struct Quote: Sendable, Equatable, Identifiable {
  public var id: String
  public var kind: QuoteKind
  /// The quoted words (without the marks) or the reported content.
  public var text: String {
    get { String(words) }
    set { words = Substring(newValue) }
  }
  /// The text as kept: read back from the archive, a slice of the paragraph's own string, so
  /// a corpus does not hold each quote twice.
  public var words: Substring
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
    self.words = Substring(text)
    self.speaker = speaker
    self.cue = cue
    self.span = span
  }
}

public enum QuoteKind: String, Sendable, Equatable {
  case direct
  case indirect
}
