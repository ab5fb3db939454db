import ChronicleCore
import Foundation

/// How the archive stores one article's extraction: a compact binary record of the
/// one-document corpus, decoded about three times faster than a `chronicle/1` JSON line and
/// 40% of its size. Rows stored under another `version` (0 was the JSON line) are
/// extracted again by the indexer, so there is one reader only.
///
/// A quote's text and an event's sentence are nearly always words of their paragraph: they
/// are stored as UTF-8 offsets into it and read back as slices of the paragraph's string,
/// which the corpus then holds once instead of twice.
enum ExtractionCodec {
  /// Bumped whenever the layout below changes.
  static let version = 1

  /// Opens every record, so a blob in another layout is refused, not misread.
  private static let magic: [UInt8] = Array("CHX".utf8) + [UInt8(version)]

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func encode(_ corpus: Corpus) -> Data {
    let paragraphs = ParagraphTexts(corpus.documents)
    var w = ByteWriter(reservingCapacity: 4096)
    w.raw(magic)
    w.count(corpus.documents.count)
    for document in corpus.documents {
      w.string(document.id)
      w.string(document.path)
      w.optional(document.title)
      w.date(document.published)
      w.count(document.paragraphs.count)
      for paragraph in document.paragraphs {
        w.count(paragraph.index)
        w.string(paragraph.kind.rawValue)
        w.string(paragraph.text)
      }
    }
    w.count(corpus.actors.count)
    for actor in corpus.actors {
      w.string(actor.id)
      w.string(actor.name)
      w.string(actor.kind.rawValue)
      w.optional(actor.title)
      w.optional(actor.country)
      w.strings(actor.aliases)
      w.spans(actor.mentions)
    }
    w.count(corpus.countries.count)
    for country in corpus.countries {
      w.string(country.code)
      w.string(country.name)
      w.spans(country.mentions)
    }
    w.count(corpus.places.count)
    for place in corpus.places {
      w.string(place.id)
      w.string(place.name)
      w.optional(place.country)
      w.strings(place.aliases)
      w.spans(place.mentions)
    }
    w.count(corpus.times.count)
    for time in corpus.times {
      w.string(time.id)
      w.string(time.text)
      w.optional(time.value)
      w.string(time.precision.rawValue)
      w.string(time.type.rawValue)
      w.span(time.span)
      w.date(time.anchor)
    }
    w.count(corpus.quotes.count)
    for quote in corpus.quotes {
      w.string(quote.id)
      w.string(quote.kind.rawValue)
      w.optional(quote.speaker)
      w.optional(quote.cue)
      w.span(quote.span)
      w.words(quote.words, at: quote.span, in: paragraphs)
    }
    w.count(corpus.events.count)
    for event in corpus.events {
      w.string(event.id)
      w.optional(event.time)
      w.bool(event.inherited)
      w.strings(event.actors)
      w.strings(event.countries)
      w.strings(event.quotes)
      w.span(event.span)
      w.words(event.summarySentence, at: event.span, in: paragraphs)
      w.bool(event.summaryIsCut)
    }
    return Data(w.bytes)
  }

  /// The one-document corpus of a record. With a `source`, the document's paragraphs and
  /// the quotes and sentences that are stretches of them are read back from it when shown,
  /// not held (see `DocumentTextSource`).
  static func decode(_ data: Data, readingTextsFrom source: DocumentTextSource? = nil) throws
    -> Corpus
  {
    let corpus = try reading(data) { r in
      let corpus = try decodeRecords(&r, source: source)
      guard r.isAtEnd else { throw ByteReader.Truncated() }
      return corpus
    }
    // The archive stores one document a record; any other record holds its texts.
    return source != nil && corpus.documents.count != 1 ? try decode(data) : corpus
  }

  /// The paragraph texts of a record's first document, by position: what a
  /// `DocumentTextSource` reads back.
  static func paragraphTexts(_ data: Data) throws -> [String] {
    try reading(data) { r in
      guard try r.count() > 0 else { return [] }
      try r.skipString()
      try r.skipString()
      _ = try r.optional()
      _ = try r.date()
      return try r.list { r in
        _ = try r.count()
        try r.skipString()
        return try r.string()
      }
    }
  }

  /// Runs `body` on the bytes after the magic; a record in another layout or cut short is a
  /// `Failure`.
  private static func reading<T>(_ data: Data, _ body: (inout ByteReader) throws -> T) throws -> T {
    try data.withUnsafeBytes { bytes in
      var r = ByteReader(bytes)
      guard r.skip(magic) else {
        throw Failure(description: "not in the archive's encoding \(version)")
      }
      do {
        return try body(&r)
      } catch let error as ByteReader.Truncated {
        throw Failure(description: error.description)
      }
    }
  }

  private static func decodeRecords(_ r: inout ByteReader, source: DocumentTextSource?) throws
    -> Corpus
  {
    let documents = try r.list { r in
      Document(
        id: try r.string(), path: try r.string(), title: try r.optional(), published: try r.date(),
        paragraphs: try decodeParagraphs(&r, source: source))
    }
    let stretches = Stretches(documents: documents, source: source)
    let actors = try r.list { r in
      Actor(
        id: try r.string(), name: try r.string(), kind: try r.enumerated(), title: try r.optional(),
        country: try r.optional(), aliases: try r.strings(), mentions: try r.spans())
    }
    let countries = try r.list { r in
      Country(code: try r.string(), name: try r.string(), mentions: try r.spans())
    }
    let places = try r.list { r in
      Place(
        id: try r.string(), name: try r.string(), country: try r.optional(), aliases: try r.strings(),
        mentions: try r.spans())
    }
    let times = try r.list { r in
      TimeExpression(
        id: try r.string(), text: try r.string(), value: try r.optional(),
        precision: try r.enumerated(), type: try r.enumerated(), span: try r.span(),
        anchor: try r.date())
    }
    let quotes = try r.list { r in
      var quote = Quote(
        id: try r.string(), kind: try r.enumerated(), text: "", speaker: try r.optional(),
        cue: try r.optional(), span: try r.span())
      switch try r.recordedWords() {
      case .own(let words): quote.text = words
      case .stretch(let start, let length):
        quote.readWords(
          from: try stretches.source(of: quote.span, utf8Start: start, length: length),
          utf8Start: start, length: length)
      }
      return quote
    }
    let events = try r.list { r in
      var event = Event(
        id: try r.string(), time: try r.optional(), summary: "", actors: [], countries: [],
        quotes: [], span: TextSpan(document: "", paragraph: 0, start: 0, end: 0),
        inherited: try r.bool())
      (event.actors, event.countries, event.quotes) = (try r.strings(), try r.strings(), try r.strings())
      event.span = try r.span()
      switch try r.recordedWords() {
      case .own(let words): event.summarySentence = Substring(words)
      case .stretch(let start, let length):
        event.readSummary(
          from: try stretches.source(of: event.span, utf8Start: start, length: length),
          utf8Start: start, length: length)
      }
      event.summaryIsCut = try r.bool()
      return event
    }
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: places, times: times,
      quotes: quotes, events: events)
  }

  /// A document's paragraphs: held, or (with a `source`) read back from it when shown, their
  /// texts skipped here.
  private static func decodeParagraphs(_ r: inout ByteReader, source: DocumentTextSource?) throws
    -> [Paragraph]
  {
    guard let source else {
      return try r.list { r in
        Paragraph(index: try r.count(), kind: try r.enumerated(), text: try r.string())
      }
    }
    var position = 0
    return try r.list { r in
      let paragraph = Paragraph(
        index: try r.count(), kind: try r.enumerated(), position: position, in: source)
      try r.skipString()
      position += 1
      return paragraph
    }
  }
}

/// The paragraph texts of a corpus's documents, by document id and paragraph position.
private struct ParagraphTexts {
  private let byDocument: [String: [Paragraph]]

  init(_ documents: [Document]) {
    byDocument = Dictionary(documents.map { ($0.id, $0.paragraphs) }, uniquingKeysWith: { first, _ in first })
  }

  func text(of span: TextSpan) -> String? {
    guard let paragraphs = byDocument[span.document], paragraphs.indices.contains(span.paragraph)
    else { return nil }
    return paragraphs[span.paragraph].text
  }
}

/// Where a record's quotes and sentences read their words: the archive (through the source
/// the record is decoded with), or the held paragraph texts of their document, checked now.
private struct Stretches {
  private let archived: DocumentTextSource?
  private let held: [String: HeldParagraphTexts]

  init(documents: [Document], source: DocumentTextSource?) {
    archived = source
    held =
      source != nil
      ? [:]
      : Dictionary(
        documents.map { ($0.id, HeldParagraphTexts($0.paragraphs.map(\.text))) },
        uniquingKeysWith: { first, _ in first })
  }

  /// The source of the stretch at `span`. A held paragraph must hold it: offsets outside the
  /// paragraph or inside a character's bytes are damage.
  func source(of span: TextSpan, utf8Start start: Int, length: Int) throws -> DocumentTextSource {
    if let archived { return archived }
    guard let document = held[span.document] else { throw ByteReader.Truncated() }
    let texts = document.paragraphTexts()
    guard texts.indices.contains(span.paragraph),
      texts[span.paragraph].stretch(utf8Start: start, length: length) != nil
    else { throw ByteReader.Truncated() }
    return document
  }
}

/// Words as a record holds them: a stretch of their paragraph, or their own text.
private enum RecordedWords {
  case own(String)
  case stretch(utf8Start: Int, length: Int)
}

extension ByteWriter {
  /// Words that open the text at `span` (scalar offsets) as their UTF-8 offsets in the
  /// paragraph after a 1; any other words themselves after a 0.
  fileprivate mutating func words(_ words: Substring, at span: TextSpan, in paragraphs: ParagraphTexts) {
    if let paragraph = paragraphs.text(of: span), span.start >= 0,
      let from = paragraph.unicodeScalars.index(
        paragraph.unicodeScalars.startIndex, offsetBy: span.start,
        limitedBy: paragraph.unicodeScalars.endIndex),
      paragraph.unicodeScalars[from...].starts(with: words.unicodeScalars)
    {
      let start = paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: from)
      count(1)
      count(start)
      count(words.utf8.count)
    } else {
      count(0)
      string(String(words))
    }
  }

  fileprivate mutating func span(_ span: TextSpan) {
    string(span.document)
    count(span.paragraph)
    count(span.start)
    count(span.end)
  }

  fileprivate mutating func spans(_ spans: [TextSpan]) {
    count(spans.count)
    for one in spans { span(one) }
  }

  /// An optional day: a presence byte, then year (signed), month and day.
  fileprivate mutating func date(_ date: CalendarDate?) {
    bool(date != nil)
    guard let date else { return }
    signed(date.year)
    count(date.month)
    count(date.day)
  }
}

extension ByteReader {
  /// What `ByteWriter.words` wrote: the UTF-8 offsets of a stretch of the paragraph, or
  /// words of their own.
  fileprivate mutating func recordedWords() throws -> RecordedWords {
    guard try count() == 1 else { return .own(try string()) }
    return .stretch(utf8Start: try count(), length: try count())
  }

  fileprivate mutating func span() throws -> TextSpan {
    TextSpan(document: try string(), paragraph: try count(), start: try count(), end: try count())
  }

  fileprivate mutating func spans() throws -> [TextSpan] {
    try list { try $0.span() }
  }

  fileprivate mutating func date() throws -> CalendarDate? {
    guard try bool() else { return nil }
    guard let date = CalendarDate(year: try signed(), month: try count(), day: try count()) else {
      throw Truncated()
    }
    return date
  }

  /// A value of a string-backed enumeration; an unknown raw value is damage.
  fileprivate mutating func enumerated<T: RawRepresentable>() throws -> T where T.RawValue == String {
    guard let value = T(rawValue: try string()) else { throw Truncated() }
    return value
  }
}
