import ChronicleCore
import XCTest

/// A bare weekday, month or month-day follows the tense of its clause (invented sentences).
final class TimeTenseTests: XCTestCase {
  func testWeekday_pastClauseLooksBack_futureClauseAhead() {
    // Friday 1989-10-27.
    XCTAssertEqual(
      timePairs("Shares fell after the market closed Wednesday.", published: "1989-10-27"),
      ["Wednesday=1989-10-25"])
    XCTAssertEqual(
      timePairs("The envoy will meet the king on Thursday.", published: "1990-08-15"),
      ["Thursday=1990-08-16"])
    XCTAssertEqual(
      timePairs("The stock is to resume trading in Paris Tuesday.", published: "1989-10-27"),
      ["Tuesday=1989-10-31"])
    // "lower-than-expected" is a compound, not "expected to".
    XCTAssertEqual(
      timePairs("It posted lower-than-expected earnings Wednesday.", published: "1989-10-27"),
      ["Wednesday=1989-10-25"])
  }

  func testBareMonth_followsTheTense() {
    XCTAssertEqual(
      timePairs("She had gotten them in February.", published: "2016-10-02"),
      ["February=2016-02"])
    XCTAssertEqual(
      timePairs("He will be named commander for a mission in December.", published: "1998-03-04"),
      ["December=1998-12"])
    XCTAssertEqual(
      timePairs("Ann Lee, who stepped down as chief executive in March, stays on.", published: "1989-11-02"),
      ["March=1989-03"])
    // No tense: the nearest such month, as before.
    XCTAssertEqual(timePairs("Talks in January matter.", published: "1989-10-26"), ["January=1990-01"])
  }

  func testMonthDay_movesOnlyWhenFarAgainstTheTense() {
    XCTAssertEqual(
      timePairs("The index hit its record high on Aug. 6.", published: "1998-02-06"),
      ["Aug. 6=1997-08-06"])
    // Two weeks ahead in a past clause: still ahead.
    XCTAssertTrue(
      timePairs("The debate came days before the caucuses on Feb. 1.", published: "2016-01-18")
        .contains("Feb. 1=2016-02-01"))
  }

  func testMonthDay_deadlinesOccasionsAndReportedSpeechKeepTheNearestYear() {
    XCTAssertEqual(
      timePairs("The offer was extended to Nov. 20.", published: "1989-11-02"), ["Nov. 20=1989-11-20"])
    XCTAssertEqual(
      timePairs("He looked ahead to the Nov. 8 election.", published: "2016-07-03"),
      ["Nov. 8=2016-11-08"])
    XCTAssertEqual(
      timePairs("The company said it will redeem the shares on Oct. 31.", published: "1989-10-27"),
      ["Oct. 31=1989-10-31"])
    XCTAssertEqual(
      timePairs("\"It will expire on September 30th,\" they wrote.", published: "2016-09-12"),
      ["September 30th=2016-09-30"])
  }

  func testWeekdayWithMonthDay_takesTheYearWhereTheWeekdayFits() {
    XCTAssertEqual(
      timePairs("The fair was held on Saturday, April 25.", published: "1998-04-24"),
      ["Saturday, April 25=1998-04-25"])
  }

  func testFollowingYear_countsFromTheStorysDate() {
    XCTAssertEqual(
      timePairs("He was promoted on May 22, 1995, and the following year he moved.", published: "1998-04-18"),
      ["May 22, 1995=1995-05-22", "the following year=1996"])
  }

  func testPastTwoYears_isADuration() {
    let times = extractTimes("Prices rose over the past two years.")
    XCTAssertEqual(times.map(\.value), ["P2Y"])
    XCTAssertEqual(times.map(\.type), [.duration])
  }

  func testSeasonsAndQuarters_relativeToThePublicationDate() {
    XCTAssertEqual(timePairs("Sales rose last summer.", published: "2016-10-10"), ["last summer=2016-SU"])
    XCTAssertEqual(timePairs("Sales will rise next spring.", published: "2016-10-10"), ["next spring=2017-SP"])
    XCTAssertEqual(
      timePairs("Profit fell in the third quarter.", published: "2016-10-10"), ["the third quarter=2016-Q3"])
    XCTAssertEqual(
      timePairs("They met in the winter of nineteen ninety-four.", published: "1998-02-23"),
      ["the winter of nineteen ninety-four=1994-WI"])
  }
}
