/// The `chronicle/1` export: one JSON object with documents, actors, countries, places, times,
/// quotes and events, exactly as the design note's contract lays it out.
public enum CorpusJSON {
  public static let formatName = "chronicle/1"

  public static func encode(_ corpus: Corpus) -> String {
    String(decoding: writer(corpus).utf8, as: UTF8.self)
  }

  /// The export as UTF-8 bytes ending in a line break: what a file or a JSON line holds,
  /// written without the copy a `String` costs.
  public static func encodeLine(_ corpus: Corpus) -> [UInt8] {
    var w = writer(corpus)
    w.newline()
    return w.utf8
  }

  private static func writer(_ corpus: Corpus) -> JSONWriter {
    let textSize = corpus.documents.reduce(0) { sum, d in
      d.paragraphs.reduce(sum) { $0 + $1.text.utf8.count }
    }
    var w = JSONWriter(reserving: textSize * 8 + 1024)
    w.beginObject()
    w.field("format", formatName)
    w.key("documents")
    w.beginArray()
    for d in corpus.documents { write(d, to: &w) }
    w.endArray()
    w.key("actors")
    w.beginArray()
    for a in corpus.actors { write(a, to: &w) }
    w.endArray()
    w.key("countries")
    w.beginArray()
    for c in corpus.countries {
      w.beginObject()
      w.field("code", c.code)
      w.field("name", c.name)
      writeMentions(c.mentions, to: &w)
      w.endObject()
    }
    w.endArray()
    w.key("places")
    w.beginArray()
    for p in corpus.places {
      w.beginObject()
      w.field("id", p.id)
      w.field("name", p.name)
      w.field("country", p.country)
      w.field("aliases", strings: p.aliases)
      writeMentions(p.mentions, to: &w)
      w.endObject()
    }
    w.endArray()
    w.key("times")
    w.beginArray()
    for t in corpus.times {
      w.beginObject()
      w.field("id", t.id)
      w.field("text", t.text)
      w.field("value", t.value)
      w.field("precision", t.precision.rawValue)
      w.field("type", t.type.rawValue)
      writeSpan(t.span, to: &w)
      w.endObject()
    }
    w.endArray()
    w.key("quotes")
    w.beginArray()
    for q in corpus.quotes {
      w.beginObject()
      w.field("id", q.id)
      w.field("kind", q.kind.rawValue)
      w.field("text", q.text)
      w.field("speaker", q.speaker)
      w.field("cue", q.cue)
      writeSpan(q.span, to: &w)
      w.endObject()
    }
    w.endArray()
    w.key("events")
    w.beginArray()
    for e in corpus.events {
      w.beginObject()
      w.field("id", e.id)
      w.field("time", e.time)
      w.field("summary", e.summary)
      w.field("actors", strings: e.actors)
      w.field("countries", strings: e.countries)
      w.field("quotes", strings: e.quotes)
      writeSpan(e.span, to: &w)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return w
  }

  private static func write(_ d: Document, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", d.id)
    w.field("path", d.path)
    w.field("title", d.title)
    w.field("published", d.published?.description)
    w.key("paragraphs")
    w.beginArray()
    for p in d.paragraphs {
      w.beginObject()
      w.field("index", p.index)
      w.field("kind", p.kind.rawValue)
      w.field("text", p.text)
      w.endObject()
    }
    w.endArray()
    w.endObject()
  }

  private static func write(_ a: Actor, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", a.id)
    w.field("name", a.name)
    w.field("kind", a.kind.rawValue)
    w.field("title", a.title)
    w.field("country", a.country)
    w.field("aliases", strings: a.aliases)
    writeMentions(a.mentions, to: &w)
    w.endObject()
  }

  private static func writeMentions(_ spans: [TextSpan], to w: inout JSONWriter) {
    w.key("mentions")
    w.beginArray()
    for s in spans {
      w.beginObject()
      w.field("document", s.document)
      w.field("paragraph", s.paragraph)
      w.field("start", s.start)
      w.field("end", s.end)
      w.endObject()
    }
    w.endArray()
  }

  private static func writeSpan(_ s: TextSpan, to w: inout JSONWriter) {
    w.field("document", s.document)
    w.field("paragraph", s.paragraph)
    w.field("start", s.start)
    w.field("end", s.end)
  }
}
