import ChronicleCore
import XCTest

/// Weekends against the day of publication, and where a weekend sorts.
final class WeekendTests: XCTestCase {
  // 2016-10-23 is a Sunday (ISO week 42); 2016-10-24 a Monday, 2016-10-26 a Wednesday.
  func testOverTheWeekend_onASunday_isThatWeekend() {
    XCTAssertEqual(
      timePairs("Protests grew over the weekend.", published: "2016-10-23"), ["the weekend=2016-W42-WE"])
    XCTAssertEqual(
      timePairs("Protests grew over the weekend.", published: "2016-10-26"), ["the weekend=2016-W42-WE"])
  }

  func testThisWeekend_onAMondayIsTheOneJustPast_onAWednesdayTheComingOne() {
    XCTAssertEqual(
      timePairs("Voters rallied this weekend.", published: "2016-10-24"), ["this weekend=2016-W42-WE"])
    XCTAssertEqual(
      timePairs("Voters rally this weekend.", published: "2016-10-26"), ["this weekend=2016-W43-WE"])
    XCTAssertEqual(
      timePairs("Voters rallied this past weekend.", published: "2016-10-23"),
      ["this past weekend=2016-W42-WE"])
    XCTAssertEqual(
      timePairs("A curfew will last through the weekend.", published: "2016-10-26"),
      ["the weekend=2016-W43-WE"])
  }

  func testWeekend_sortsAfterTheWorkingDaysOfItsWeek() {
    XCTAssertEqual(TimeValue.firstDay(of: "2016-W42-WE")?.description, "2016-10-22")
    let friday = time("2016-10-21", .day)
    let weekend = time("2016-W42-WE", .week)
    let nextMonday = time("2016-10-24", .day)
    XCTAssertLessThan(TimelineOrder.key(friday), TimelineOrder.key(weekend))
    XCTAssertLessThan(TimelineOrder.key(weekend), TimelineOrder.key(nextMonday))
  }

  func testReferenceTimes_sortAtTheirAnchor() {
    let published = CalendarDate(iso: "2016-10-10")
    let past = time("PAST_REF", .unknown, anchor: published)
    let day = time("2016-10-10", .day)
    let now = time("PRESENT_REF", .unknown, anchor: published)
    let future = time("FUTURE_REF", .unknown, anchor: published)
    let next = time("2016-10-11", .day)
    let keys = [past, day, now, future, next].map(TimelineOrder.key)
    XCTAssertEqual(keys, keys.sorted())
    XCTAssertEqual(Set(keys).count, 5)
    XCTAssertEqual(TimelineOrder.key(time("PRESENT_REF", .unknown)), Int.max, "no anchor: undated")
  }

  private func time(_ value: String, _ precision: TimePrecision, anchor: CalendarDate? = nil)
    -> TimeExpression
  {
    TimeExpression(
      id: "t", text: value, value: value, precision: precision,
      span: TextSpan(document: "d1", paragraph: 0, start: 0, end: 1), anchor: anchor)
  }
}
