import ChronicleCore
import ChronicleUI

/// Two invented articles from two outlets, built by hand so the explorer's behaviour is tested
/// apart from extraction: dated and undated events, a direct quote inside a reported one,
/// countries whose names share beginnings (China/Chile, United Kingdom/Ukraine) and one
/// country named with no actor of its own.
enum NewsFixture {
  static let alpha = [
    "Talks resume in Geneva",
    "Maria Lopez opened the talks on Saturday with a warning.",
    "Lopez said the plan was \"dead on arrival\" and would fail without money.",
    "Delegates from Ukraine watched from the gallery.",
    String(repeating: "The long middle paragraph goes on about procedure. ", count: 30)
      + "John Smithson kept the minutes.",
    "Observers expected little.",
    "\"We will not sign,\" Ivan Petrov said on Sunday.",
    "The talks end on Friday.",
  ]
  static let beta = [
    "Vote count begins",
    "Li Wei met John Smith on Tuesday to count the votes.",
    "Ana Rojas said nothing.",
  ]

  static func span(_ document: String, _ paragraph: Int, _ text: String) -> TextSpan {
    let haystack = (document == "d1" ? alpha : beta)[paragraph]
    let scalars = haystack.unicodeScalars
    guard let range = haystack.range(of: text) else {
      return TextSpan(document: document, paragraph: paragraph, start: 0, end: 0)
    }
    return TextSpan(
      document: document, paragraph: paragraph,
      start: scalars.distance(from: scalars.startIndex, to: range.lowerBound),
      end: scalars.distance(from: scalars.startIndex, to: range.upperBound))
  }

  static func document(
    _ id: String, _ path: String, _ title: String, _ day: String, _ texts: [String]
  )
    -> Document
  {
    Document(
      id: id, path: path, title: title, published: CalendarDate(iso: day),
      paragraphs: texts.enumerated().map {
        Paragraph(index: $0, kind: $0 == 0 ? .heading : .text, text: $1)
      })
  }

  static let corpus: Corpus = {
    let documents = [
      document("d1", "wire/alpha_2016-10-10_talks.txt", "Talks resume", "2016-10-10", alpha),
      document("d2", "beta-news_2016-10-12_vote.txt", "Vote count", "2016-10-12", beta),
    ]
    let actors = [
      Actor(
        id: "a1", name: "Maria Lopez", kind: .person, title: "Envoy", country: "USA",
        aliases: ["Lopez"], mentions: [span("d1", 1, "Maria Lopez"), span("d1", 2, "Lopez")]),
      Actor(
        id: "a2", name: "Ivan Petrov", kind: .person, country: "RUS",
        mentions: [span("d1", 6, "Ivan Petrov")]),
      Actor(
        id: "a3", name: "Li Wei", kind: .person, country: "CHN", mentions: [span("d2", 1, "Li Wei")]
      ),
      Actor(
        id: "a4", name: "John Smith", kind: .person, country: "GBR",
        mentions: [span("d2", 1, "John Smith")]),
      Actor(
        id: "a5", name: "John Smithson", kind: .person, country: nil,
        mentions: [span("d1", 4, "John Smithson")]),
      Actor(
        id: "a6", name: "Ana Rojas", kind: .person, country: "CHL",
        mentions: [span("d2", 2, "Ana Rojas")]),
    ]
    let countries = [
      Country(code: "CHL", name: "Chile"), Country(code: "CHN", name: "China"),
      Country(code: "GBR", name: "United Kingdom"), Country(code: "RUS", name: "Russia"),
      Country(code: "UKR", name: "Ukraine", mentions: [span("d1", 3, "Ukraine")]),
      Country(code: "USA", name: "United States"),
    ]
    let times = [
      TimeExpression(
        id: "t1", text: "on Saturday", value: "2016-10-08", precision: .day,
        span: span("d1", 1, "on Saturday")),
      TimeExpression(
        id: "t2", text: "on Sunday", value: "2016-10-09", precision: .day,
        span: span("d1", 6, "on Sunday")),
      TimeExpression(
        id: "t3", text: "on Tuesday", value: "2016-10-11", precision: .day,
        span: span("d2", 1, "on Tuesday")),
    ]
    let quotes = [
      Quote(
        id: "q1", kind: .indirect,
        text: "the plan was \"dead on arrival\" and would fail without money",
        speaker: "a1", cue: "said",
        span: span("d1", 2, "the plan was \"dead on arrival\" and would fail without money")),
      Quote(
        id: "q2", kind: .direct, text: "dead on arrival", speaker: "a1", cue: "said",
        span: span("d1", 2, "dead on arrival")),
      Quote(
        id: "q3", kind: .direct, text: "We will not sign,", speaker: "a2", cue: "said",
        span: span("d1", 6, "We will not sign,")),
    ]
    let events = [
      Event(
        id: "e1", time: "t1", summary: "Maria Lopez opened the talks with a warning",
        actors: ["a1"], countries: ["USA"], quotes: [], span: span("d1", 1, "Maria Lopez opened")),
      Event(
        id: "e2", time: "t2", summary: "Ivan Petrov refuses to sign", actors: ["a2"],
        countries: ["RUS"], quotes: ["q3"], span: span("d1", 6, "We will not sign,")),
      Event(
        id: "e3", time: "t3", summary: "Li Wei met John Smith to count the votes",
        actors: ["a3", "a4"], countries: ["CHN", "GBR"], quotes: [],
        span: span("d2", 1, "Li Wei met John Smith")),
      Event(
        id: "e4", time: nil, summary: "Lopez warns the plan would fail", actors: ["a1"],
        countries: ["USA"], quotes: ["q1", "q2"], span: span("d1", 2, "dead on arrival")),
      Event(
        id: "e5", time: nil, summary: "John Smithson kept the minutes", actors: ["a5"],
        countries: [], quotes: [], span: span("d1", 4, "John Smithson kept the minutes.")),
    ]
    return Corpus(
      documents: documents, actors: actors, countries: countries, places: [], times: times,
      quotes: quotes, events: events)
  }()
}
