import Foundation

/// The `chronicle/1` export: one JSON object with documents, actors, countries, places, times,
/// quotes and events, exactly as the design note's contract lays it out.
public enum CorpusJSON {
  public static let formatName = "chronicle/1"

  public static func encode(_ corpus: Corpus) -> String {
    String(decoding: encodeLine(corpus).dropLast(), as: UTF8.self)
  }

  /// The export as UTF-8 bytes ending in a line break: what a file or a JSON line holds.
  public static func encodeLine(_ corpus: Corpus) -> [UInt8] {
    var bytes: [UInt8] = []
    write(corpus) { bytes += $0 }
    return bytes
  }

  /// Hands the export, ending in a line break, to `output` piece by piece, in order. A large
  /// corpus is encoded on all cores in chunks of records, and no piece is kept once handed
  /// on, so a file is written without the whole text in memory.
  public static func write(_ corpus: Corpus, to output: ([UInt8]) -> Void) {
    output(opening)
    writeSections(sections(corpus), to: output)
    output(closing)
  }

  /// `{"format":"chronicle/1"`: what comes before the first section.
  static var opening: [UInt8] { Array("{\"format\":\"\(formatName)\"".utf8) }
  /// What ends the export, after the last section.
  static let closing: [UInt8] = [UInt8(ascii: "}"), 0x0A]

  /// Writes each section as `,"name":[record,…]`, records encoded on all cores in chunks
  /// when there are many and handed on in order.
  private static func writeSections(_ sections: [Section], to output: ([UInt8]) -> Void) {
    let chunks = sections.indices.flatMap { s in
      let count = sections[s].count
      return stride(from: 0, to: max(count, 1), by: chunkSize).map { start in
        (section: s, records: start..<min(start + chunkSize, count))
      }
    }
    let records = sections.reduce(0) { $0 + $1.count }
    var sectionHasRecords = false
    OrderedParallel.run(
      count: chunks.count, workers: records > chunkSize * 4 ? ProcessInfo.processInfo.activeProcessorCount : 1,
      window: 16,
      job: { n in
        let (s, range) = chunks[n]
        var w = JSONWriter(reserving: 16_384)
        for record in range { sections[s].write(record, &w) }
        return w.utf8
      },
      emit: { n, bytes in
        let (s, range) = chunks[n]
        if range.lowerBound == 0 {
          output(sectionOpening(sections[s].name))
          sectionHasRecords = false
        }
        if !bytes.isEmpty {
          if sectionHasRecords { output([UInt8(ascii: ",")]) }
          output(bytes)
          sectionHasRecords = true
        }
        if range.upperBound == sections[s].count { output([UInt8(ascii: "]")]) }
      })
  }

  /// `,"name":[`: how a section after the format line begins.
  static func sectionOpening(_ name: String) -> [UInt8] { Array(",\"\(name)\":[".utf8) }

  /// Records per chunk of parallel work: big enough to keep scheduling cheap, small enough
  /// to spread a section over the cores.
  private static let chunkSize = 256

  /// One top-level array: its name, its length and how to write its n-th record.
  struct Section: Sendable {
    var name: String
    var count: Int
    var write: @Sendable (Int, inout JSONWriter) -> Void
  }

  private static func sections(_ c: Corpus) -> [Section] {
    [
      Section(name: "documents", count: c.documents.count) { write(c.documents[$0], to: &$1) },
      actorSection(c.actors) { c.actors[$0].mentions.forEach($1) },
      countrySection(c.countries) { c.countries[$0].mentions.forEach($1) },
      placeSection(c.places) { c.places[$0].mentions.forEach($1) },
      Section(name: "times", count: c.times.count) { write(c.times[$0], to: &$1) },
      Section(name: "quotes", count: c.quotes.count) { write(c.quotes[$0], to: &$1) },
      Section(name: "events", count: c.events.count) { write(c.events[$0], to: &$1) },
    ]
  }

  /// A record's mentions, handed one by one to `each`: a section's records are written with
  /// these, not their own, as a streamed merge holds them compactly (`MergedMention`) until
  /// they are written.
  typealias Mentions = @Sendable (_ record: Int, _ each: (TextSpan) -> Void) -> Void

  // The sections a merge builds across documents, between documents and times.

  static func actorSection(
    _ actors: [Actor], mentions: @escaping Mentions
  ) -> Section {
    Section(name: "actors", count: actors.count) {
      n, w in write(actors[n], mentions: { mentions(n, $0) }, to: &w)
    }
  }

  static func countrySection(
    _ countries: [Country], mentions: @escaping Mentions
  ) -> Section {
    Section(name: "countries", count: countries.count) {
      n, w in write(countries[n], mentions: { mentions(n, $0) }, to: &w)
    }
  }

  static func placeSection(
    _ places: [Place], mentions: @escaping Mentions
  ) -> Section {
    Section(name: "places", count: places.count) {
      n, w in write(places[n], mentions: { mentions(n, $0) }, to: &w)
    }
  }

  private static func write(
    _ c: Country, mentions: ((TextSpan) -> Void) -> Void, to w: inout JSONWriter
  ) {
    w.beginObject()
    w.field("code", c.code)
    w.field("name", c.name)
    writeMentions(mentions, to: &w)
    w.endObject()
  }

  private static func write(
    _ p: Place, mentions: ((TextSpan) -> Void) -> Void, to w: inout JSONWriter
  ) {
    w.beginObject()
    w.field("id", p.id)
    w.field("name", p.name)
    w.field("country", p.country)
    w.field("aliases", strings: p.aliases)
    writeMentions(mentions, to: &w)
    w.endObject()
  }

  static func write(_ t: TimeExpression, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", t.id)
    w.field("text", t.text)
    w.field("value", t.value)
    w.field("precision", t.precision.rawValue)
    w.field("type", t.type.rawValue)
    // Extra keys the contract allows: what a person reads, and the day "now" refers to.
    w.field("label", t.label)
    if let anchor = t.anchor { w.field("anchor", anchor.description) }
    writeSpan(t.span, to: &w)
    w.endObject()
  }

  static func write(_ q: Quote, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", q.id)
    w.field("kind", q.kind.rawValue)
    w.field("text", q.text)
    w.field("speaker", q.speaker)
    w.field("cue", q.cue)
    writeSpan(q.span, to: &w)
    w.endObject()
  }

  private static func write(_ e: Event, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", e.id)
    writeFields(of: e, to: &w)
    w.endObject()
  }

  /// An event's fields after its id: a merge writes them before the timeline order, and so
  /// the id, is known.
  static func writeFields(of e: Event, to w: inout JSONWriter) {
    w.field("time", e.time)
    if e.inherited {
      w.key("inherited")
      w.bool(true)
    }
    w.field("summary", e.summary)
    w.field("actors", strings: e.actors)
    w.field("countries", strings: e.countries)
    w.field("quotes", strings: e.quotes)
    writeSpan(e.span, to: &w)
  }

  static func write(_ d: Document, to w: inout JSONWriter) {
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

  private static func write(
    _ a: Actor, mentions: ((TextSpan) -> Void) -> Void, to w: inout JSONWriter
  ) {
    w.beginObject()
    w.field("id", a.id)
    w.field("name", a.name)
    w.field("kind", a.kind.rawValue)
    w.field("title", a.title)
    w.field("country", a.country)
    w.field("aliases", strings: a.aliases)
    writeMentions(mentions, to: &w)
    w.endObject()
  }

  private static func writeMentions(
    _ mentions: ((TextSpan) -> Void) -> Void, to w: inout JSONWriter
  ) {
    w.key("mentions")
    w.beginArray()
    mentions { s in
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
