/// One `chronicle/1` record per function, read from a `JSONReader` into its model struct:
/// `nil` when the value is not an object, a `CorpusDecoder.Failure` naming a missing field.
enum ModelDecoding {
  static func document(_ r: inout JSONReader) throws -> Document? {
    var id: String?, path: String?, title: String?, published: String?
    var paragraphs: [Paragraph]?
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "path": path = try r.string()
        case "title": title = try r.string()
        case "published": published = try r.string()
        case "paragraphs": paragraphs = try r.objects(paragraph)
        default: try r.skipValue()
        }
      })
    else { return nil }
    guard let paragraphs else { throw malformedList("paragraphs") }
    return Document(
      id: try required(id, "id"), path: path ?? "", title: title,
      published: published.flatMap(CalendarDate.init(iso:)), paragraphs: paragraphs)
  }

  static func paragraph(_ r: inout JSONReader) throws -> Paragraph? {
    var index: Int?, kind: String?, text: String?
    guard
      try r.object({ r, key in
        switch key {
        case "index": index = try r.int()
        case "kind": kind = try r.string()
        case "text": text = try r.string()
        default: try r.skipValue()
        }
      })
    else { return nil }
    return Paragraph(
      index: try required(index, "index"), kind: ParagraphKind(rawValue: kind ?? "text") ?? .text,
      text: try required(text, "text"))
  }

  static func actor(_ r: inout JSONReader) throws -> Actor? {
    var id: String?, name: String?, kind: String?, title: String?, country: String?
    var aliases: [String]?, mentions: [TextSpan]?
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "name": name = try r.string()
        case "kind": kind = try r.string()
        case "title": title = try r.string()
        case "country": country = try r.string()
        case "aliases": aliases = try r.strings()
        case "mentions": mentions = try r.objects(span)
        default: try r.skipValue()
        }
      })
    else { return nil }
    return Actor(
      id: try required(id, "id"), name: try required(name, "name"),
      kind: ActorKind(rawValue: kind ?? "person") ?? .person, title: title, country: country,
      aliases: aliases ?? [], mentions: mentions ?? [])
  }

  static func country(_ r: inout JSONReader) throws -> Country? {
    var code: String?, name: String?, mentions: [TextSpan]?
    guard
      try r.object({ r, key in
        switch key {
        case "code": code = try r.string()
        case "name": name = try r.string()
        case "mentions": mentions = try r.objects(span)
        default: try r.skipValue()
        }
      })
    else { return nil }
    return Country(
      code: try required(code, "code"), name: try required(name, "name"), mentions: mentions ?? [])
  }

  static func place(_ r: inout JSONReader) throws -> Place? {
    var id: String?, name: String?, country: String?, aliases: [String]?
    var mentions: [TextSpan]?
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "name": name = try r.string()
        case "country": country = try r.string()
        case "aliases": aliases = try r.strings()
        case "mentions": mentions = try r.objects(span)
        default: try r.skipValue()
        }
      })
    else { return nil }
    return Place(
      id: try required(id, "id"), name: try required(name, "name"), country: country,
      aliases: aliases ?? [], mentions: mentions ?? [])
  }

  static func time(_ r: inout JSONReader) throws -> TimeExpression? {
    var id: String?, text: String?, value: String?, precision: String?, type: String?
    var anchor: String?
    var span = SpanFields()
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "text": text = try r.string()
        case "value": value = try r.string()
        case "precision": precision = try r.string()
        case "type": type = try r.string()
        case "anchor": anchor = try r.string()
        default: try span.read(key, from: &r)
        }
      })
    else { return nil }
    return TimeExpression(
      id: try required(id, "id"), text: try required(text, "text"), value: value,
      precision: TimePrecision(rawValue: precision ?? "") ?? .unknown,
      type: TimeType(rawValue: type ?? "DATE") ?? .date, span: try span.span(),
      anchor: anchor.flatMap(CalendarDate.init(iso:)))
  }

  static func quote(_ r: inout JSONReader) throws -> Quote? {
    var id: String?, kind: String?, text: String?, speaker: String?, cue: String?
    var span = SpanFields()
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "kind": kind = try r.string()
        case "text": text = try r.string()
        case "speaker": speaker = try r.string()
        case "cue": cue = try r.string()
        default: try span.read(key, from: &r)
        }
      })
    else { return nil }
    return Quote(
      id: try required(id, "id"), kind: QuoteKind(rawValue: kind ?? "") ?? .indirect,
      text: try required(text, "text"), speaker: speaker, cue: cue, span: try span.span())
  }

  static func event(_ r: inout JSONReader) throws -> Event? {
    var id: String?, time: String?, summary: String?
    var actors: [String]?, countries: [String]?, quotes: [String]?
    var inherited = false
    var span = SpanFields()
    guard
      try r.object({ r, key in
        switch key {
        case "id": id = try r.string()
        case "time": time = try r.string()
        case "summary": summary = try r.string()
        case "actors": actors = try r.strings()
        case "countries": countries = try r.strings()
        case "quotes": quotes = try r.strings()
        case "inherited": inherited = try r.isTrue()
        default: try span.read(key, from: &r)
        }
      })
    else { return nil }
    return Event(
      id: try required(id, "id"), time: time, summary: try required(summary, "summary"),
      actors: actors ?? [], countries: countries ?? [], quotes: quotes ?? [],
      span: try span.span(), inherited: inherited)
  }

  /// A mention: an object that is only a span.
  static func span(_ r: inout JSONReader) throws -> TextSpan? {
    var span = SpanFields()
    guard try r.object({ r, key in try span.read(key, from: &r) }) else { return nil }
    return try span.span()
  }

  static func required<T>(_ value: T?, _ key: String) throws -> T {
    guard let value else { throw CorpusDecoder.Failure(description: "missing \"\(key)\"") }
    return value
  }

  static func malformedList(_ key: String) -> CorpusDecoder.Failure {
    CorpusDecoder.Failure(description: "missing or malformed \"\(key)\" list")
  }
}

/// The four span members a time, quote, event or mention carries inline.
private struct SpanFields {
  var document: String?
  var paragraph: Int?
  var start: Int?
  var end: Int?

  /// Reads `key` when it is a span member; skips the value otherwise.
  mutating func read(_ key: String, from r: inout JSONReader) throws {
    switch key {
    case "document": document = try r.string()
    case "paragraph": paragraph = try r.int()
    case "start": start = try r.int()
    case "end": end = try r.int()
    default: try r.skipValue()
    }
  }

  func span() throws -> TextSpan {
    TextSpan(
      document: try ModelDecoding.required(document, "document"),
      paragraph: try ModelDecoding.required(paragraph, "paragraph"),
      start: try ModelDecoding.required(start, "start"), end: try ModelDecoding.required(end, "end"))
  }
}
