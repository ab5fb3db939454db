@testable import ChronicleCore
import XCTest

/// A cut summary keeps its words apart from the ellipsis that marks the cut.
final class EventSummaryTests: XCTestCase {
  private func event(_ summary: String) -> Event {
    Event(
      id: "e1", time: nil, summary: summary, actors: [], countries: [], quotes: [],
      span: TextSpan(document: "d1", paragraph: 0, start: 0, end: 10))
  }

  func testCutSummary_dropsOnlyTheEllipsis() {
    let cut = event("Zoë Ní Bhriain promised a vote on the café tax…")
    XCTAssertTrue(cut.summaryIsCut)
    XCTAssertEqual(cut.summarySentence, "Zoë Ní Bhriain promised a vote on the café tax")
    XCTAssertEqual(cut.summary, "Zoë Ní Bhriain promised a vote on the café tax…")
  }

  func testWholeSummary_isKeptAsWritten() {
    var whole = event("The vote is on Friday.")
    XCTAssertFalse(whole.summaryIsCut)
    XCTAssertEqual(whole.summarySentence, "The vote is on Friday.")
    whole.summary = "Later, the vote was put off…"
    XCTAssertTrue(whole.summaryIsCut)
    XCTAssertEqual(whole.summarySentence, "Later, the vote was put off")
  }
}
