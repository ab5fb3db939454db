/// Where an archived document's paragraph texts are read back when they are shown, so an
/// explorer of a big archive does not hold the text of every article: it draws one document's
/// paragraphs and a screenful of rows at a time.
///
/// Paragraphs, quotes and events that point at a source read their text through it on every
/// access; the source keeps recently read documents (see the archive's text cache).
public protocol DocumentTextSource: AnyObject, Sendable {
  /// The document's paragraph texts by position; empty when they can no longer be read (the
  /// article changed or left the archive since the corpus was loaded).
  func paragraphTexts() -> [String]

  /// Reads the texts of `sources` (this one's kind among them) together, ahead of their use:
  /// the articles of the rows about to be drawn, in one request instead of one each.
  func prefetch(_ sources: [DocumentTextSource])
}

extension DocumentTextSource {
  public func prefetch(_ sources: [DocumentTextSource]) {}
}

/// A paragraph's text, held or read back from its document's source.
enum ParagraphTextStorage: Sendable, Equatable {
  case held(String)
  case stored(DocumentTextSource, position: Int)

  var source: DocumentTextSource? {
    if case .stored(let source, _) = self { return source }
    return nil
  }

  var text: String {
    switch self {
    case .held(let text): return text
    case .stored(let source, let position):
      let texts = source.paragraphTexts()
      return texts.indices.contains(position) ? texts[position] : ""
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.text == rhs.text }
}

/// A document's paragraph texts held in memory, shared by its paragraphs and by the quotes
/// and sentences that are stretches of them, so a corpus holds each text once.
public final class HeldParagraphTexts: DocumentTextSource {
  private let texts: [String]

  public init(_ texts: [String]) { self.texts = texts }

  public func paragraphTexts() -> [String] { texts }
}

/// The words of a quote or an event's sentence: held, or a stretch of its paragraph (UTF-8
/// offsets) read through the document's source. The offsets are 32-bit so a stretch takes
/// no more room than a held string.
enum WordsStorage: Sendable, Equatable {
  case held(String)
  case stored(DocumentTextSource, paragraph: Int32, utf8Start: Int32, utf8Length: Int32)

  /// A stretch of `paragraph` in `source`; its words held when the offsets do not fit.
  static func stretch(
    of source: DocumentTextSource, paragraph: Int, utf8Start start: Int, length: Int
  ) -> WordsStorage {
    guard let paragraph32 = Int32(exactly: paragraph), let start32 = Int32(exactly: start),
      let length32 = Int32(exactly: length)
    else {
      let texts = source.paragraphTexts()
      let words =
        texts.indices.contains(paragraph)
        ? texts[paragraph].stretch(utf8Start: start, length: length) : nil
      return .held(words.map(String.init) ?? "")
    }
    return .stored(source, paragraph: paragraph32, utf8Start: start32, utf8Length: length32)
  }

  var words: Substring {
    switch self {
    case .held(let words): return Substring(words)
    case .stored(let source, let paragraph, let start, let length):
      let texts = source.paragraphTexts()
      guard texts.indices.contains(Int(paragraph)) else { return "" }
      return texts[Int(paragraph)].stretch(utf8Start: Int(start), length: Int(length)) ?? ""
    }
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.words == rhs.words }
}
