import XCTest

/// Dates that refer back to one just named, and numbers that only look like years
/// (invented sentences).
final class TimeReferenceTests: XCTestCase {
  /// "until then", "by then", "since then" take the date named before them in the paragraph.
  func testUntilThen_takesTheDateBefore() {
    XCTAssertEqual(
      timePairs("The offer ends on Nov. 30. Until then, the shares trade freely.", published: "1989-10-27"),
      ["Nov. 30=1989-11-30", "then=1989-11-30"])
    XCTAssertEqual(
      timePairs("The plant closed in March, and the town has shrunk since then.", published: "1989-10-27"),
      ["March=1989-03", "then=1989-03"])
  }

  /// With no date before it, or without "until", "then" is no date.
  func testBareThen_isNoDate() {
    XCTAssertEqual(timePairs("Until then, the shares trade freely.", published: "1989-10-27"), [])
    XCTAssertFalse(
      timePairs("They met on Friday and then left.", published: "1989-10-27").contains { $0.hasPrefix("then") })
  }

  /// "a venture called Orion 1980": a capitalised name's number is no year; "During 1980" is.
  func testNameAndNumber_isNoYear() {
    XCTAssertEqual(timePairs("He set up a venture called Orion 1980 with a friend.", published: "1998-04-18"), [])
    XCTAssertEqual(timePairs("During 1980 the venture grew.", published: "1998-04-18"), ["1980=1980"])
    XCTAssertEqual(timePairs("Sales fell in fiscal 1980.", published: "1998-04-18"), ["fiscal 1980=1980"])
  }

  /// "the past century" is the hundred years up to now, not the previous calendar century.
  func testThePastCentury_isADuration() {
    XCTAssertEqual(
      timePairs("It was one of the great inventions of the past century.", published: "1989-10-27"),
      ["the past century=P1CE"])
  }
}
