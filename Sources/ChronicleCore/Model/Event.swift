/// Something that happened or was said, anchored to its sentence, with its time, actors,
/// countries and quotes. The timeline orders these by resolved time.
public struct Event: Sendable, Equatable, Identifiable {
  // The sentence's storage is declared first and the flags next, so they take the bytes after
  // the storage's tag (8 bytes less an event).
  private var storedSentence: WordsStorage
  /// The sentence was cut: the summary ends with an ellipsis after `summarySentence`.
  public var summaryIsCut: Bool
  /// The time is the date of the sentence before (the story goes on), not one this
  /// sentence names; shown dimmed, and written as `"inherited": true`.
  public var inherited: Bool
  public var id: String
  /// Id of the time expression that dates the event, if any.
  public var time: String?
  /// The sentence, cut with an ellipsis when long (`summaryIsCut`).
  public var summary: String {
    get { summaryIsCut ? String(summarySentence) + Self.ellipsis : String(summarySentence) }
    set {
      summaryIsCut = Self.endsWithEllipsis(newValue)
      summarySentence = Self.sentence(of: newValue, isCut: summaryIsCut)
    }
  }
  /// The summary's words without the ellipsis. Read back from the archive it is a stretch of
  /// its paragraph's text, so a corpus does not hold each sentence twice (see `readSummary`).
  public var summarySentence: Substring {
    get { storedSentence.words }
    set { storedSentence = .held(String(newValue)) }
  }
  public var actors: [String]
  public var countries: [String]
  public var quotes: [String]
  public var span: TextSpan

  public init(
    id: String, time: String?, summary: String, actors: [String], countries: [String],
    quotes: [String], span: TextSpan, inherited: Bool = false
  ) {
    self.id = id
    self.time = time
    self.inherited = inherited
    summaryIsCut = Self.endsWithEllipsis(summary)
    storedSentence = .held(String(Self.sentence(of: summary, isCut: summaryIsCut)))
    self.actors = actors
    self.countries = countries
    self.quotes = quotes
    self.span = span
  }

  /// Reads the summary's words through `source` (the paragraphs of the event's document)
  /// whenever they are asked for: the `length` UTF-8 bytes from `utf8Start` of the event's
  /// paragraph.
  public mutating func readSummary(from source: DocumentTextSource, utf8Start: Int, length: Int) {
    storedSentence = .stretch(
      of: source, paragraph: span.paragraph, utf8Start: utf8Start, length: length)
  }

  private static let ellipsis = "\u{2026}"

  /// `summary.hasSuffix(ellipsis)`, read from the last bytes: `hasSuffix` compared
  /// `Character`s from the end, a thousand instructions an event. The ellipsis's three bytes
  /// (E2 80 A6) after an ASCII byte or none are a `Character` of their own; only after
  /// another non-ASCII character may they be part of one, and `hasSuffix` decides.
  private static func endsWithEllipsis(_ summary: String) -> Bool {
    var tail = summary.utf8.reversed().makeIterator()
    guard tail.next() == 0xA6, tail.next() == 0x80, tail.next() == 0xE2 else { return false }
    guard let before = tail.next(), before >= 0x80 else { return true }
    return summary.hasSuffix(ellipsis)
  }

  /// A summary without its ellipsis when cut. Stepped back from the end: `dropLast()` took
  /// `Collection`'s, which counts the whole sentence's characters to find its last one.
  private static func sentence(of summary: String, isCut: Bool) -> Substring {
    isCut ? summary[..<summary.index(before: summary.endIndex)] : summary[...]
  }
}
