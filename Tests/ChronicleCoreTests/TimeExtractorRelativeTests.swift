import ChronicleCore
import XCTest

final class TimeExtractorRelativeTests: XCTestCase {
  func testCountedDaySaidOfToday_isThePublicationDay() {
    XCTAssertEqual(timePairs("Today is the fifth day of the strike."), ["Today=2025-05-09", "the fifth day=2025-05-09"])
    XCTAssertEqual(timePairs("It's the third day of the siege."), ["the third day=2025-05-09"])
    XCTAssertEqual(timePairs("On the third day of the siege, food ran out."), [])
  }

  func testThatYear_isTheStorysYear() {
    XCTAssertEqual(
      timePairs("The mill closed in 1988. Imports fell that year.", published: "1998-02-10"),
      ["1988=1988", "that year=1988"])
    let monthOfThatYear = timePairs(
      "Talks began in 1990 and broke down in March of that year.", published: "1998-02-10")
    XCTAssertFalse(monthOfThatYear.contains { $0.hasPrefix("that year") }, "\(monthOfThatYear)")
  }

  func testTodayAndTomorrowNamingAnEra_areNoDates() {
    XCTAssertEqual(timePairs("Privacy is rare in today's world."), [])
    XCTAssertEqual(timePairs("She trains the leaders of tomorrow to fix the problems of today."), [])
    XCTAssertEqual(timePairs("Today's vote was close."), ["Today=2025-05-09"])
    XCTAssertEqual(timePairs("The fee applies as of today."), ["today=2025-05-09"])
    XCTAssertEqual(timePairs("Crews work until the end of tomorrow."), ["the end of tomorrow=2025-05-10"])
  }

  func testDeicticWords() {
    XCTAssertEqual(
      timePairs("Yesterday it rained, today it is dry and tomorrow it snows."),
      ["Yesterday=2025-05-08", "today=2025-05-09", "tomorrow=2025-05-10"])
    let now = extractTimes("Prices are now higher.")
    XCTAssertEqual(now.map(\.value), ["PRESENT_REF"])
    XCTAssertEqual(now.first?.precision, .unknown)
    XCTAssertEqual(timePairs("Sales have slipped recently."), ["recently=PAST_REF"])
  }

  func testRecentAsAdjectiveIsNotATime() {
    XCTAssertEqual(timePairs("The recent moves surprised traders."), [])
    XCTAssertEqual(timePairs("Prices rose in recent years."), ["recent years=PAST_REF"])
    // "current" alone stays PRESENT_REF (TimeBank tags it about half the time); "the" is left out.
    XCTAssertEqual(timePairs("The current system works."), ["current=PRESENT_REF"])
  }

  func testLastThisNextUnits() {
    XCTAssertEqual(
      timePairs("Last week, this month and next year."),
      ["Last week=2025-W18", "this month=2025-05", "next year=2026"])
    XCTAssertEqual(timePairs("Revenue fell last year."), ["last year=2024"])
    XCTAssertEqual(timePairs("He spoke later this year."), ["later this year=2025"])
    XCTAssertEqual(timePairs("Growth returns early next year."), ["early next year=2026"])
  }

  func testAgoPhrases() {
    XCTAssertEqual(timePairs("It happened two years ago."), ["two years ago=2023"])
    XCTAssertEqual(timePairs("It closed five months ago."), ["five months ago=2024-12"])
    XCTAssertEqual(timePairs("They left a few years ago."), ["a few years ago=PAST_REF"])
  }

  func testYearEarlierInQuarterlyResultsMeansTheSameQuarter() {
    // Published in late October: the latest reported quarter is Q3.
    XCTAssertEqual(
      timePairs(
        "Net income rose to $5 million, or 40 cents a share, from $4 million a year earlier.",
        published: "1989-10-26"),
      ["a year earlier=1988-Q3"])
    XCTAssertEqual(
      timePairs("The plant employed 300 people a year ago.", published: "1989-10-26"),
      ["a year ago=1988"])
    XCTAssertEqual(
      timePairs("For the quarter a year ago, it lost money.", published: "1989-10-26"),
      ["the quarter a year ago=1988-Q3"])
  }

  func testQuarters() {
    let pub = "1989-10-30"
    XCTAssertEqual(timePairs("Third-quarter profit rose.", published: pub), ["Third-quarter=1989-Q3"])
    XCTAssertEqual(timePairs("In the fiscal first quarter, sales fell.", published: pub), ["the fiscal first quarter=1989-Q1"])
    XCTAssertEqual(timePairs("Sales rose in the quarter.", published: pub), ["the quarter=1989-Q3"])
    XCTAssertEqual(timePairs("Profit fell from the year-earlier quarter.", published: pub), ["the year-earlier quarter=1988-Q3"])
    XCTAssertEqual(timePairs("Costs rose in the 1988 third quarter.", published: pub), ["the 1988 third quarter=1988-Q3"])
    XCTAssertEqual(timePairs("Sales will slow in the last half of 1990.", published: pub), ["the last half of 1990=1990-H2"])
    XCTAssertEqual(timePairs("It lost money in the fourth quarter.", published: "1998-02-10"), ["the fourth quarter=1997-Q4"])
  }

  func testSeasons() {
    XCTAssertEqual(timePairs("The dam broke last summer.", published: "1998-03-01"), ["last summer=1997-SU"])
    XCTAssertEqual(timePairs("Talks resume this fall."), ["this fall=2025-FA"])
    XCTAssertEqual(timePairs("Leaves fall and prices fall."), [])
    XCTAssertEqual(timePairs("Since the fall of the wall, trade grew."), [])
  }

  func testYearEndAndFullYear() {
    XCTAssertEqual(timePairs("The deal closes by year-end."), ["year-end=2025-12-31"])
    XCTAssertEqual(timePairs("The plant shuts by year's end."), ["year's end=2025"])
    XCTAssertEqual(timePairs("Hiring stops around year end."), ["year end=2025"])
    XCTAssertEqual(timePairs("Shares rose 4% since year end."), ["year end=2024"])
    XCTAssertEqual(timePairs("Earnings for the full year rose."), ["the full year=2025"])
    XCTAssertEqual(timePairs("Crime dropped through the nineties."), ["the nineties=199"])
    XCTAssertEqual(timePairs("Women's Day is on March eighth."), ["March eighth=2025-03-08"])
  }

  func testWithoutPublicationDateRelativePhrasesKeepNoValue() {
    let m = extractTimes("On Friday and last week, but also on May 3, 1998.", published: nil)
    XCTAssertEqual(m.map(\.text), ["Friday", "last week", "May 3, 1998"])
    XCTAssertEqual(m.map(\.value), [nil, nil, "1998-05-03"])
    XCTAssertEqual(m.map(\.precision), [.day, .week, .day])
  }
}
