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

  static func decode(_ data: Data) throws -> Corpus {
    try data.withUnsafeBytes { bytes in
      var r = ByteReader(bytes)
      guard r.skip(magic) else {
        throw Failure(description: "not in the archive's encoding \(version)")
      }
      do {
        let corpus = try decodeRecords(&r)
        guard r.isAtEnd else { throw ByteReader.Truncated() }
        return corpus
      } catch let error as ByteReader.Truncated {
        throw Failure(description: error.description)
      }
    }
  }

  private static func decodeRecords(_ r: inout ByteReader) throws -> Corpus {
    let documents = try r.list { r in
      Document(
        id: try r.string(), path: try r.string(), title: try r.optional(), published: try r.date(),
        paragraphs: try r.list { r in
          Paragraph(index: try r.count(), kind: try r.enumerated(), text: try r.string())
        })
    }
    let paragraphs = ParagraphTexts(documents)
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
      quote.words = try r.words(at: quote.span, in: paragraphs)
      return quote
    }
    let events = try r.list { r in
      var event = Event(
        id: try r.string(), time: try r.optional(), summary: "", actors: [], countries: [],
        quotes: [], span: TextSpan(document: "", paragraph: 0, start: 0, end: 0),
        inherited: try r.bool())
      (event.actors, event.countries, event.quotes) = (try r.strings(), try r.strings(), try r.strings())
      event.span = try r.span()
      event.summarySentence = try r.words(at: event.span, in: paragraphs)
      event.summaryIsCut = try r.bool()
      return event
    }
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: places, times: times,
      quotes: quotes, events: events)
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
  /// What `ByteWriter.words` wrote: a slice of the paragraph's string, or words of their own.
  /// Offsets outside the paragraph or inside a character's bytes are damage.
  fileprivate mutating func words(at span: TextSpan, in paragraphs: ParagraphTexts) throws -> Substring {
    guard try count() == 1 else { return Substring(try string()) }
    let (start, length) = (try count(), try count())
    guard let paragraph = paragraphs.text(of: span) else { throw Truncated() }
    let utf8 = paragraph.utf8
    guard start >= 0, length >= 0, start <= utf8.count - length else { throw Truncated() }
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(from, offsetBy: length)
    guard Self.startsScalar(from, in: utf8), Self.startsScalar(to, in: utf8) else { throw Truncated() }
    return Substring(paragraph.unicodeScalars[from..<to])
  }

  private static func startsScalar(_ index: String.Index, in utf8: String.UTF8View) -> Bool {
    index == utf8.endIndex || utf8[index] & 0xC0 != 0x80
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
