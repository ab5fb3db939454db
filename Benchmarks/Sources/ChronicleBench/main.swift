import ChronicleCore
import ChronicleUI
import Foundation

/// In-process benchmarks that need no terminal: filter change + full redraw on the virtual
/// screen at a large event count, and opening a saved corpus.
///
///   ChronicleBench redraw [EVENTS]       median and p99 of filter change + render
///   ChronicleBench open FILE.json        time to decode a saved corpus and build its index
///   ChronicleBench roundtrip FILE.json   whether decoding and encoding again gives the same bytes
///   ChronicleBench encode FILE.json      chronicle/1 writing speed, one document at a time on one core

func milliseconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

/// A corpus of `count` events spread over 200 actors and 20 countries, one paragraph each.
func syntheticCorpus(events count: Int) -> Corpus {
  let codes = ["USA", "IND", "PAK", "CHN", "FRA", "DEU", "BRA", "JPN", "KEN", "CAN", "MEX",
               "EGY", "POL", "CHL", "VNM", "GBR", "RUS", "TUR", "ZAF", "AUS"]
  let documents = (0..<(count / 50)).map { d in
    Document(
      id: "d\(d + 1)", path: "doc\(d + 1).txt", title: "Document \(d + 1)",
      published: CalendarDate(year: 2020, month: 1, day: 1),
      paragraphs: (0..<50).map {
        Paragraph(index: $0, kind: .text, text: "Official \($0) said the talks went on in the capital.")
      })
  }
  var actors = (0..<200).map { a in
    Actor(id: "a\(a + 1)", name: "Person\(a) Family\(a)", kind: .person, title: "Minister",
          country: codes[a % codes.count], aliases: ["Family\(a)"])
  }
  var times: [TimeExpression] = []
  var quotes: [Quote] = []
  var events: [Event] = []
  for e in 0..<count {
    let span = TextSpan(document: "d\(e / 50 + 1)", paragraph: e % 50, start: 0, end: 10)
    let actor = e % actors.count
    actors[actor].mentions.append(span)
    let day = CalendarDate(year: 2020, month: 1, day: 1)!.adding(days: e / 40)
    times.append(TimeExpression(id: "t\(e + 1)", text: day.description, value: day.description,
                                precision: .day, span: span))
    quotes.append(Quote(id: "q\(e + 1)", kind: .direct, text: "the talks went on", speaker: "a\(actor + 1)",
                        cue: "said", span: span))
    events.append(Event(id: "e\(e + 1)", time: "t\(e + 1)", summary: "Official \(e) said the talks went on.",
                        actors: ["a\(actor + 1)"], countries: [codes[actor % codes.count]],
                        quotes: ["q\(e + 1)"], span: span))
  }
  let countries = codes.map { Country(code: $0, name: $0) }
  return Corpus(documents: documents, actors: actors, countries: countries, places: [],
                times: times, quotes: quotes, events: events)
}

func redraw(events: Int) {
  var corpus = Corpus.empty
  let build = milliseconds { corpus = syntheticCorpus(events: events) }
  let app = App(corpus: corpus, size: Size(width: 160, height: 50))
  _ = app.render()
  var times: [Double] = []
  for i in 0..<400 {
    let command: Command = i % 2 == 0 ? .filterActor("Family\((i / 2) % 200)") : .action(.clearFilters)
    times.append(milliseconds {
      app.send(command)
      _ = app.render()
    })
  }
  print(String(format: "redraw: %d events (built in %.0f ms); filter change + render median %.2f ms, p99 %.2f ms, max %.2f ms",
               events, build, percentile(times, 0.5), percentile(times, 0.99), times.max() ?? 0))
}

func open(_ path: String) {
  var corpus = Corpus.empty
  let ms = milliseconds { corpus = CorpusLoader().load(paths: [path]).corpus }
  let indexMS = milliseconds { _ = corpus.index }
  print(String(format: "open: %@: %d documents, %d events in %.0f ms (+ index %.0f ms)", path,
               corpus.documents.count, corpus.events.count, ms, indexMS))
}

/// Decodes a saved corpus and encodes it again: the bytes must come back unchanged.
func roundTrip(_ path: String) {
  guard let data = FileManager.default.contents(atPath: path) else { return print("cannot read \(path)") }
  do {
    let again = CorpusJSON.encode(try CorpusDecoder.decode(data)) + "\n"
    print(Data(again.utf8) == data ? "roundtrip: identical" : "roundtrip: DIFFERENT")
  } catch {
    print("roundtrip: \(error)")
  }
}

/// Encodes a saved corpus again document by document (as `--format jsonl` does), on one core:
/// the best of twenty passes, in MB of JSON per second.
func encode(_ path: String) {
  let corpus = CorpusLoader().load(paths: [path]).corpus
  let times = Dictionary(grouping: corpus.times, by: \.span.document)
  let quotes = Dictionary(grouping: corpus.quotes, by: \.span.document)
  let events = Dictionary(grouping: corpus.events, by: \.span.document)
  let parts = corpus.documents.map { document in
    Corpus(
      documents: [document], actors: [], countries: [], places: [],
      times: times[document.id] ?? [], quotes: quotes[document.id] ?? [],
      events: events[document.id] ?? [])
  }
  var bytes = 0
  let best = (0..<20).map { _ in
    milliseconds { bytes = parts.reduce(0) { $0 + CorpusJSON.encodeLine($1).count } }
  }.min()!
  print(String(format: "encode: %d documents, %.1f MB of JSON in %.0f ms: %.0f MB/s", parts.count,
               Double(bytes) / 1e6, best, Double(bytes) / 1e3 / best))
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "redraw": redraw(events: arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000)
case "open" where arguments.count > 2: open(arguments[2])
case "roundtrip" where arguments.count > 2: roundTrip(arguments[2])
case "encode" where arguments.count > 2: encode(arguments[2])
default: print("usage: ChronicleBench redraw [EVENTS] | open FILE.json | roundtrip FILE.json | encode FILE.json")
}
