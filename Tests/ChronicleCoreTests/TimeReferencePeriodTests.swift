import XCTest

/// Results news compares with "a year earlier" of the period it reports, and previews speak
/// of days ahead in the present tense (invented sentences).
final class TimeReferencePeriodTests: XCTestCase {
  func testYearEarlier_afterAQuarter_isThatQuarterLastYear() {
    XCTAssertEqual(
      timePairs(
        "In the third quarter, net rose to $9 million, or 30 cents a share, from $7 million a year earlier.",
        published: "1989-10-26"),
      ["the third quarter=1989-Q3", "a year earlier=1988-Q3"])
  }

  func testYearEarlier_afterNineMonths_isLastYear() {
    XCTAssertEqual(
      timePairs(
        "For the nine months, net was $40 million, or $1 a share, compared with $35 million a year earlier.",
        published: "1989-10-26"),
      ["a year earlier=1988"])
    XCTAssertEqual(
      timePairs(
        "In the first nine months, the maker lost $4 million, or 9 cents a share, after a profit in the 1988 period.",
        published: "1989-10-26"),
      ["the 1988 period=1988"])
    XCTAssertEqual(
      timePairs(
        "Sales for the six months were $2 million, or 5 cents a share. The year-ago results were restated.",
        published: "1989-10-26"),
      ["The year-ago=1988"])
  }

  func testYearEarlier_theNearestPeriodWins() {
    XCTAssertEqual(
      timePairs(
        "For the nine months, net fell 5%. In the fourth quarter, it earned 8 cents a share, against 6 cents a year ago.",
        published: "1990-02-01"),
      ["the fourth quarter=1989-Q4", "a year ago=1988-Q4"])
  }

  func testYearEarlier_aQuarterCenturyIsNoResultsQuarter() {
    XCTAssertEqual(
      timePairs(
        "Jobless claims sit near a quarter-century low, and pay is 4 percent higher than a year earlier.",
        published: "1998-02-06"),
      ["a year earlier=1997"])
  }

  func testQuarterEnded_isTheCalendarQuarterOfItsMiddleMonth() {
    XCTAssertEqual(
      timePairs("In the quarter ended July 31, the retailer lost money.", published: "1989-10-30"),
      ["the quarter=1989-Q2", "July 31=1989-07-31"])
    XCTAssertEqual(
      timePairs("In the quarter ended Jan. 31, it lost money.", published: "1990-03-30"),
      ["the quarter=1989-Q4", "Jan. 31=1990-01-31"])
  }

  func testPresentTensePreview_looksAhead() {
    // Friday 1998-05-01.
    XCTAssertEqual(
      timePairs("The two leaders meet separately Monday with the envoy.", published: "1998-05-01"),
      ["Monday=1998-05-04"])
    XCTAssertEqual(
      timePairs("The committee reconvenes Tuesday.", published: "1998-05-01"), ["Tuesday=1998-05-05"])
    // Without such a verb a bare weekday still looks back.
    XCTAssertEqual(
      timePairs("The two leaders met separately Monday with the envoy.", published: "1998-05-01"),
      ["Monday=1998-04-27"])
  }
}
