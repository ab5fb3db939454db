import ChronicleCore
import XCTest

/// Shared helpers: run the extractor on one sentence against a publication date.
func extractTimes(_ text: String, published: String? = "2025-05-09") -> [TimeMatch] {
  TimeExtractor().extract(Array(text.unicodeScalars), published: published.flatMap(CalendarDate.init(iso:)))
}

/// (text, value) pairs, for compact assertions.
func timePairs(_ text: String, published: String? = "2025-05-09") -> [String] {
  extractTimes(text, published: published).map { "\($0.text)=\($0.value ?? "nil")" }
}

final class TimeExtractorTests: XCTestCase {
  // MARK: the built-in sample's phrases (published Friday 2025-05-09)

  func testSamplePhrases() {
    XCTAssertEqual(timePairs("The attack on April 22 killed many."), ["April 22=2025-04-22"])
    XCTAssertEqual(timePairs("Troops moved earlier this week."), ["earlier this week=2025-W19"])
    XCTAssertEqual(timePairs("On Friday, the spokesperson spoke."), ["Friday=2025-05-09"])
    XCTAssertEqual(timePairs("In an interview on Thursday, he said no."), ["Thursday=2025-05-08"])
  }

  func testSpansExcludePrepositionAndKeepModifiers() {
    let m = extractTimes("They met on Thursday in the capital.")
    XCTAssertEqual(m.count, 1)
    XCTAssertEqual(m[0].start, 12)
    XCTAssertEqual(m[0].end, 20)
    XCTAssertEqual(m[0].precision, .day)
    XCTAssertEqual(
      timePairs("Profit rose in the third quarter.", published: "1989-10-26"),
      ["the third quarter=1989-Q3"])
  }

  // MARK: weekdays

  func testBareWeekdayIsLatestOnOrBeforePublication() {
    XCTAssertEqual(timePairs("Markets fell Monday."), ["Monday=2025-05-05"])
    XCTAssertEqual(timePairs("Markets fell Saturday."), ["Saturday=2025-05-03"])
  }

  func testWeekdayWithFutureCueLooksAhead() {
    XCTAssertEqual(timePairs("The board will vote Tuesday."), ["Tuesday=2025-05-13"])
    XCTAssertEqual(timePairs("They meet again next Monday."), ["next Monday=2025-05-12"])
    XCTAssertEqual(timePairs("She left last Friday."), ["last Friday=2025-05-02"])
  }

  func testWeekdayWithExplicitDateAndPartOfDay() {
    XCTAssertEqual(timePairs("The show opens Saturday, May 17."), ["Saturday, May 17=2025-05-17"])
    let m = extractTimes("Shots were heard Thursday night.")
    XCTAssertEqual(m.map(\.text), ["Thursday night"])
    XCTAssertEqual(m.first?.type, .time)
  }

  func testNewspaperNamesAreNotWeekdays() {
    XCTAssertEqual(timePairs("The Sunday Times reported the deal."), [])
  }

  // MARK: months and days

  func testMonthDayYearForms() {
    XCTAssertEqual(timePairs("The law passed on March 15, 2007."), ["March 15, 2007=2007-03-15"])
    XCTAssertEqual(timePairs("Payment is due Sept. 30."), ["Sept. 30=2025-09-30"])
    XCTAssertEqual(timePairs("It opened 15 March 1998 in Leeds."), ["15 March 1998=1998-03-15"])
    XCTAssertEqual(timePairs("Sales rose in June 1994 again."), ["June 1994=1994-06"])
    XCTAssertEqual(timePairs("Prices peaked in June last year."), ["June last year=2024-06"])
  }

  func testBareMonthIsTheNearestOne() {
    XCTAssertEqual(timePairs("Sales slumped in February."), ["February=2025-02"])
    XCTAssertEqual(timePairs("The plant closed in December.", published: "1998-02-10"), ["December=1997-12"])
    XCTAssertEqual(timePairs("Payments resume in January.", published: "1989-11-02"), ["January=1990-01"])
  }

  func testMonthDayFarFromPublicationCrossesTheYear() {
    XCTAssertEqual(timePairs("Dividends are payable Jan. 2.", published: "1989-11-02"), ["Jan. 2=1990-01-02"])
    XCTAssertEqual(
      timePairs("Shares hit a record on Sept. 6.", published: "1998-01-06"), ["Sept. 6=1997-09-06"])
  }

  func testMayAndMarchAsWordsAreNotMonths() {
    XCTAssertEqual(timePairs("She may go home. The troops march on."), [])
    XCTAssertEqual(timePairs("May I ask a question?"), [])
    XCTAssertEqual(timePairs("Elections are expected in May, officials said."), ["May=2025-05"])
  }

  func testPersonNamedAfterAMonthIsNotADate() {
    XCTAssertEqual(timePairs("Ambassador April Glaspie met the leader."), [])
  }

  // MARK: years, decades, spelled years

  func testYears() {
    XCTAssertEqual(timePairs("The company was founded in 1997."), ["1997=1997"])
    XCTAssertEqual(timePairs("Results for fiscal 1989 improved."), ["fiscal 1989=1989"])
    XCTAssertEqual(timePairs("It paid $1988 and 1,995 shares rose 2000%."), [])
    XCTAssertEqual(timePairs("By the year two thousand, it was over."), ["the year two thousand=2000"])
    XCTAssertEqual(timePairs("It began in nineteen ninety-six."), ["nineteen ninety-six=1996"])
  }

  func testDecadesAndCenturies() {
    let m = extractTimes("Growth slowed in the 1990s and the '80s.")
    XCTAssertEqual(m.map(\.value), ["199", "198"])
    XCTAssertEqual(m.first?.precision, .decade)
    XCTAssertEqual(timePairs("the 20th century ended"), ["the 20th century=19"])
  }

  func testMonthWithTrailingPeriodKeepsThePhraseOnly() {
    XCTAssertEqual(extractTimes("It ended in September.").map(\.text), ["September"])
  }

  func testPastCueAfterEndedOrSince() {
    XCTAssertEqual(
      timePairs("Sales for the year ended March 31 rose.", published: "1989-11-01"),
      ["the year=1989", "March 31=1989-03-31"])
    XCTAssertEqual(
      timePairs("Shares have doubled since February.", published: "1989-10-30"),
      ["February=1989-02"])
  }

  func testLastMonthNameKeepsThePhraseOnly() {
    XCTAssertEqual(
      timePairs("Two helicopters crashed last February.", published: "1998-03-01"),
      ["last February=1998-02"])  // the latest February before this month
  }
}
