import XCTest

/// Phrase classes found in the error analysis on TimeBank (invented sentences).
final class TimePhraseClassesTests: XCTestCase {
  func testSet_pastUnlessScheduled() {
    XCTAssertEqual(
      timePairs("The index is near the record it set on Aug. 6.", published: "1998-02-06"),
      ["Aug. 6=1997-08-06"])
    XCTAssertEqual(
      timePairs("Lawmakers await a vote set for Feb. 20 or later.", published: "1998-02-06"),
      ["Feb. 20=1998-02-20"])
  }

  func testDateOfLastYear_takesThatYear() {
    XCTAssertEqual(
      timePairs("We started this journey on June 16th of last year.", published: "2016-10-02"),
      ["June 16th of last year=2015-06-16"])
    XCTAssertEqual(
      timePairs("Talks stalled in March of last year.", published: "2016-10-02"),
      ["March of last year=2015-03"])
    XCTAssertEqual(
      timePairs("The plant opens Sept. 1 next year.", published: "2016-10-02"),
      ["Sept. 1 next year=2017-09-01"])
  }

  func testFirstTwoQuarters_isTheFirstHalf() {
    XCTAssertEqual(
      timePairs("Demand stays weak through the first two quarters of 1990.", published: "1989-10-26"),
      ["the first two quarters of 1990=1990-H1"])
  }

  func testHalfOfADecade_isTheDecade() {
    XCTAssertEqual(
      timePairs("Sales were flat during the last half of the '80s.", published: "1989-10-26"),
      ["the last half of the '80s=198"])
  }

  func testTitleCaseNames_areNotTimes() {
    XCTAssertEqual(timePairs("He told USA Today that he would stay.", published: "1998-03-31"), [])
    XCTAssertEqual(timePairs("She said on ABC's \"This Week\" that talks go on.", published: "1998-03-31"), [])
    // Lower case and at the start of a sentence they still are.
    XCTAssertEqual(
      timePairs("Today the panel met. He left this week.", published: "1998-03-31"),
      ["Today=1998-03-31", "this week=1998-W14"])
  }
}
