import ChronicleCore
import XCTest

/// A cut summary keeps its sentence apart from the ellipsis that marks the cut, whatever
/// characters the sentence ends in.
final class EventSummaryTests: XCTestCase {
  private func event(_ summary: String) -> Event {
    Event(
      id: "e1", time: nil, summary: summary, actors: [], countries: [], quotes: [],
      span: TextSpan(document: "d1", paragraph: 0, start: 0, end: 1))
  }

  func testCutSummary_isItsSentenceAndOneEllipsis() {
    for sentence in ["Jane Roe said the vote would", "Ein Café in Zürich 👍🏽", "e\u{301}", ""] {
      let e = event(sentence + "\u{2026}")
      XCTAssertTrue(e.summaryIsCut, sentence)
      XCTAssertEqual(String(e.summarySentence), sentence)
      XCTAssertEqual(e.summary, sentence + "\u{2026}")
    }
  }

  func testWholeSummary_isKeptAsWritten() {
    var e = event("Jane Roe won.")
    XCTAssertFalse(e.summaryIsCut)
    XCTAssertEqual(e.summary, "Jane Roe won.")
    e.summary = "Tom Doe lost the…"
    XCTAssertTrue(e.summaryIsCut)
    XCTAssertEqual(String(e.summarySentence), "Tom Doe lost the")
  }

  /// After a prepending mark (U+0600) the ellipsis is no character of its own: no cut.
  func testEllipsisJoinedToTheCharacterBefore_isNoCut() {
    let e = event("Sum \u{600}\u{2026}")
    XCTAssertFalse(e.summaryIsCut)
    XCTAssertEqual(e.summary, "Sum \u{600}\u{2026}")
  }
}
