import ChronicleCore
import ChronicleUI
import XCTest

/// A small hand-built corpus: three actors in three countries, four events, three quotes, and
/// paragraphs with CJK, emoji, control and bidi characters.
enum Fixture {
  static let paragraphs = [
    "Alice Smith met Bob Jones in Paris on Monday.",
    "\"We are ready,\" said Alice earlier this week.",
    "Bob said the talks were fundamentally stalled.",
    "Zhang Wei said 你好世界 and 🎉 celebrated.",
    "Control \u{1B}[31m text \u{202E}reversed",
  ]

  static func span(_ paragraph: Int, _ text: String) -> TextSpan {
    let haystack = paragraphs[paragraph]
    guard let range = haystack.range(of: text) else {
      return TextSpan(document: "d1", paragraph: paragraph, start: 0, end: 0)
    }
    let scalars = haystack.unicodeScalars
    return TextSpan(
      document: "d1", paragraph: paragraph,
      start: scalars.distance(from: scalars.startIndex, to: range.lowerBound),
      end: scalars.distance(from: scalars.startIndex, to: range.upperBound))
  }

  static let corpus: Corpus = {
    let document = Document(
      id: "d1", path: "fixture.md", title: "Fixture Article",
      published: CalendarDate(iso: "2025-05-09"),
      paragraphs: paragraphs.enumerated().map { Paragraph(index: $0, kind: .text, text: $1) })
    let actors = [
      Actor(
        id: "a1", name: "Alice Smith", kind: .person, title: "Envoy", country: "USA",
        aliases: ["Smith", "Alice"],
        mentions: [span(0, "Alice Smith"), span(1, "Alice")]),
      Actor(
        id: "a2", name: "Bob Jones", kind: .person, country: "PAK", aliases: ["Jones", "Bob"],
        mentions: [span(0, "Bob Jones"), span(2, "Bob")]),
      Actor(
        id: "a3", name: "Zhang Wei", kind: .person, country: "CHN", mentions: [span(3, "Zhang Wei")]
      ),
    ]
    let countries = [
      Country(code: "CHN", name: "China"), Country(code: "PAK", name: "Pakistan"),
      Country(code: "USA", name: "United States"),
    ]
    let times = [
      TimeExpression(
        id: "t1", text: "on Monday", value: "2025-05-05", precision: .day,
        span: span(0, "on Monday")),
      TimeExpression(
        id: "t2", text: "earlier this week", value: nil, precision: .week,
        span: span(1, "earlier this week")),
    ]
    let quotes = [
      Quote(
        id: "q1", kind: .direct, text: "We are ready,", speaker: "a1", cue: "said",
        span: span(1, "We are ready,")),
      Quote(
        id: "q2", kind: .indirect, text: "the talks were fundamentally stalled", speaker: "a2",
        cue: "said",
        span: span(2, "the talks were fundamentally stalled")),
      Quote(
        id: "q3", kind: .direct, text: "你好世界", speaker: "a3", cue: "said", span: span(3, "你好世界")),
    ]
    let events = [
      Event(
        id: "e1", time: "t1", summary: "Alice Smith met Bob Jones", actors: ["a1", "a2"],
        countries: ["USA", "PAK"],
        quotes: [], span: span(0, "Alice Smith met Bob Jones in Paris on Monday.")),
      Event(
        id: "e2", time: "t2", summary: "Alice said they are ready", actors: ["a1"],
        countries: ["USA"],
        quotes: ["q1"], span: span(1, "We are ready,")),
      Event(
        id: "e3", time: nil, summary: "Bob on stalled talks", actors: ["a2"], countries: ["PAK"],
        quotes: ["q2"], span: span(2, "the talks were fundamentally stalled")),
      Event(
        id: "e4", time: nil, summary: "Zhang Wei 你好世界 greeting 🎉", actors: ["a3"],
        countries: ["CHN"],
        quotes: ["q3"], span: span(3, "你好世界")),
    ]
    return Corpus(
      documents: [document], actors: actors, countries: countries, places: [], times: times,
      quotes: quotes, events: events)
  }()
}

/// Drives an `App` on a virtual screen the way the terminal does: keys in, frame out.
final class Harness {
  let app: App
  let screen: VirtualScreen
  let host = RecordingHost()

  init(
    width: Int = 120, height: Int = 40, corpus: Corpus = Fixture.corpus, keymap: Keymap = .standard,
    settings: AppSettings = AppSettings(), edits: EditStore? = nil,
    articleSearch: ParagraphSearching? = nil
  ) {
    screen = VirtualScreen(width: width, height: height)
    var settings = settings
    settings.keymap = keymap
    app = App(
      corpus: corpus, size: screen.size, settings: settings, host: host, edits: edits,
      articleSearch: articleSearch)
    app.draw(on: screen)
  }

  var state: AppState { app.state }
  var text: String { screen.text }
  var lines: [String] { screen.lines }

  /// Presses keys; a string is typed character by character.
  func press(_ keys: Key...) {
    for key in keys { app.press(key) }
    app.draw(on: screen)
  }

  func type(_ text: String) {
    for character in text { app.press(character == "\n" ? .enter : .char(character)) }
    app.draw(on: screen)
  }

  func resize(_ width: Int, _ height: Int) {
    screen.size = Size(width: width, height: height)
    app.draw(on: screen)
  }

  /// The roles of the cells where `needle` is drawn (first occurrence, optionally inside one
  /// pane), or nil if absent.
  func roles(of needle: String, in pane: Pane? = nil) -> [Role]? {
    let area =
      pane.flatMap { state.layout.panes[$0] }
      ?? screen.frame.bounds
    for row in area.row..<area.bottom {
      var columns: [Int] = []
      var line = ""
      for col in area.col..<area.right {
        let cell = screen.frame[row, col]
        for _ in cell.text { columns.append(col) }
        line += cell.text
      }
      guard let range = line.range(of: needle) else { continue }
      let start = line.distance(from: line.startIndex, to: range.lowerBound)
      let count = needle.count
      return (start..<start + count).map { screen.frame[row, columns[$0]].role }
    }
    return nil
  }
}

/// A `TerminalHost` that records what the app asked of the terminal.
final class RecordingHost: TerminalHost {
  var sequences: [String] = []
  var commands: [[String]] = []
  /// What `runSuspended` reports as the program's exit status.
  var exitStatus: Int32? = 0

  func writeControlSequence(_ sequence: String) { sequences.append(sequence) }

  func runSuspended(_ arguments: [String]) -> Int32? {
    commands.append(arguments)
    return exitStatus
  }
}
