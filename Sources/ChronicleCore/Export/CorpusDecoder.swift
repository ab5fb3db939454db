import Foundation

/// Reads a `chronicle/1` object back into a `Corpus`: the inverse of `CorpusJSON.encode`, so
/// an exported or merged corpus opens without extracting again. Unknown keys are ignored;
/// a missing required field is an error that names it.
public enum CorpusDecoder {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  public static func decode(_ data: Data) throws -> Corpus {
    let object = try JSONSerialization.jsonObject(with: data)
    guard let dictionary = object as? [String: Any] else {
      throw Failure(description: "not a JSON object")
    }
    return try decode(dictionary)
  }

  public static func decode(_ o: [String: Any]) throws -> Corpus {
    guard o["format"] as? String == CorpusJSON.formatName else {
      throw Failure(description: "not a \(CorpusJSON.formatName) export (no \"format\" field)")
    }
    let documents = try list(o, "documents").map { d -> Document in
      let paragraphs = try list(d, "paragraphs").map { p in
        Paragraph(
          index: try int(p, "index"),
          kind: ParagraphKind(rawValue: p["kind"] as? String ?? "text") ?? .text,
          text: try string(p, "text"))
      }
      return Document(
        id: try string(d, "id"), path: d["path"] as? String ?? "", title: d["title"] as? String,
        published: (d["published"] as? String).flatMap(CalendarDate.init(iso:)),
        paragraphs: paragraphs)
    }
    let actors = try list(o, "actors").map { a in
      Actor(
        id: try string(a, "id"), name: try string(a, "name"),
        kind: ActorKind(rawValue: a["kind"] as? String ?? "person") ?? .person,
        title: a["title"] as? String, country: a["country"] as? String,
        aliases: a["aliases"] as? [String] ?? [], mentions: try spans(a["mentions"]))
    }
    let countries = try list(o, "countries").map { c in
      Country(code: try string(c, "code"), name: try string(c, "name"), mentions: try spans(c["mentions"]))
    }
    let places = try (o["places"] as? [[String: Any]] ?? []).map { p in
      Place(
        id: try string(p, "id"), name: try string(p, "name"), country: p["country"] as? String,
        aliases: p["aliases"] as? [String] ?? [], mentions: try spans(p["mentions"]))
    }
    let times = try list(o, "times").map { t in
      TimeExpression(
        id: try string(t, "id"), text: try string(t, "text"), value: t["value"] as? String,
        precision: TimePrecision(rawValue: t["precision"] as? String ?? "") ?? .unknown,
        type: TimeType(rawValue: t["type"] as? String ?? "DATE") ?? .date, span: try span(t))
    }
    let quotes = try list(o, "quotes").map { q in
      Quote(
        id: try string(q, "id"),
        kind: QuoteKind(rawValue: q["kind"] as? String ?? "") ?? .indirect,
        text: try string(q, "text"), speaker: q["speaker"] as? String, cue: q["cue"] as? String,
        span: try span(q))
    }
    let events = try list(o, "events").map { e in
      Event(
        id: try string(e, "id"), time: e["time"] as? String, summary: try string(e, "summary"),
        actors: e["actors"] as? [String] ?? [], countries: e["countries"] as? [String] ?? [],
        quotes: e["quotes"] as? [String] ?? [], span: try span(e))
    }
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: places, times: times,
      quotes: quotes, events: events)
  }

  private static func list(_ o: [String: Any], _ key: String) throws -> [[String: Any]] {
    guard let value = o[key] as? [[String: Any]] else {
      throw Failure(description: "missing or malformed \"\(key)\" list")
    }
    return value
  }

  private static func string(_ o: [String: Any], _ key: String) throws -> String {
    guard let value = o[key] as? String else { throw Failure(description: "missing \"\(key)\"") }
    return value
  }

  private static func int(_ o: [String: Any], _ key: String) throws -> Int {
    guard let value = o[key] as? Int else { throw Failure(description: "missing \"\(key)\"") }
    return value
  }

  private static func span(_ o: [String: Any]) throws -> TextSpan {
    TextSpan(
      document: try string(o, "document"), paragraph: try int(o, "paragraph"),
      start: try int(o, "start"), end: try int(o, "end"))
  }

  private static func spans(_ value: Any?) throws -> [TextSpan] {
    try (value as? [[String: Any]] ?? []).map(span)
  }
}
