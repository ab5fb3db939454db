import ChronicleCore
import XCTest

/// Records are found by id whether the ids are a merge's numbered ones (`q1`, `q2`, … read as
/// numbers) or any others (a hand-made export), and an id no record has finds nothing.
final class CorpusLookupTests: XCTestCase {
  private func corpus(quoteIDs: [String]) -> Corpus {
    let span = TextSpan(document: "d1", paragraph: 0, start: 0, end: 4)
    let quotes = quoteIDs.map {
      Quote(id: $0, kind: .direct, text: "said \($0)", speaker: nil, cue: nil, span: span)
    }
    return Corpus(
      documents: [], actors: [], countries: [Country(code: "FRA", name: "France")], places: [],
      times: [], quotes: quotes, events: [])
  }

  func testNumberedIdsAreFound_andOthersAreNot() {
    let numbered = corpus(quoteIDs: (1...12).map { "q\($0)" })
    XCTAssertEqual(numbered.quote("q1")?.text, "said q1")
    XCTAssertEqual(numbered.quote("q10")?.text, "said q10")
    XCTAssertEqual(numbered.quote("q12")?.text, "said q12")
    for absent in ["q0", "q13", "q01", "q", "x1", "q1x", "Q1", "q-1", ""] {
      XCTAssertNil(numbered.quote(absent), absent)
    }
    XCTAssertEqual(numbered.country("FRA")?.name, "France")
    XCTAssertNil(numbered.country("FR"))
  }

  func testIdsOutOfOrderOrHandMadeAreFoundToo() {
    let handMade = corpus(quoteIDs: ["q2", "q1", "quote-a", "q2"])
    XCTAssertEqual(handMade.quote("q1")?.text, "said q1")
    XCTAssertEqual(handMade.quote("quote-a")?.text, "said quote-a")
    XCTAssertEqual(handMade.index.quoteByID["q2"], 0, "the first of repeated ids")
    XCTAssertNil(handMade.quote("q3"))
  }
}
