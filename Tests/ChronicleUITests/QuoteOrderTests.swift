import ChronicleCore
import ChronicleUI
import XCTest

/// The Quotes pane lists quotes by date whatever share of the corpus is shown: all of it, all
/// but the nested ones, one actor's few, and again all after clearing.
final class QuoteOrderTests: XCTestCase {
  /// Forty one-quote articles published on scrambled days (numbered 1–40 from 1 May); the speakers take turns, so one
  /// speaker holds a few quotes and another holds most.
  private static let corpus: Corpus = {
    let days = (0..<40).map { ($0 * 17) % 40 + 1 }
    let actors = [
      Actor(id: "a1", name: "Ann Lee", kind: .person), Actor(id: "a2", name: "Tom Park", kind: .person),
    ]
    var documents: [Document] = []
    var quotes: [Quote] = []
    for (position, day) in days.enumerated() {
      let id = "d\(position + 1)"
      let text = "Quote number \(day)."
      documents.append(Document(
        id: id, path: "article-\(position + 1).txt", title: nil,
        published: CalendarDate(year: 2024, month: 5 + (day - 1) / 20, day: (day - 1) % 20 + 1),
        paragraphs: [Paragraph(index: 0, kind: .text, text: "She said \"\(text)\"")]))
      quotes.append(Quote(
        id: "q\(position + 1)", kind: .direct, text: text, speaker: position % 20 == 0 ? "a1" : "a2",
        cue: "said", span: TextSpan(document: id, paragraph: 0, start: 10, end: 10 + text.count)))
    }
    return Corpus(
      documents: documents, actors: actors, countries: [], places: [], times: [], quotes: quotes,
      events: [])
  }()

  private func days(_ h: Harness) -> [Int] {
    h.state.quotes.compactMap(\.item).map { position in
      Self.corpus.documents[position].published.map { ($0.month - 5) * 20 + $0.day } ?? 0
    }
  }

  func testQuotesStayInDateOrderThroughAFilterAndItsClearing() {
    let h = Harness(width: 160, height: 40, corpus: Self.corpus)
    XCTAssertEqual(days(h), Array(1...40))
    h.type(":actor Ann Lee\n")
    XCTAssertEqual(days(h).count, 2)
    XCTAssertEqual(days(h), days(h).sorted())
    h.type(":actor Tom Park\n")
    h.press(.char("x"))
    XCTAssertEqual(days(h), Array(1...40))
    h.type(":actor Tom Park\n")
    XCTAssertEqual(days(h).count, 38)
    XCTAssertEqual(days(h), days(h).sorted())
  }
}
