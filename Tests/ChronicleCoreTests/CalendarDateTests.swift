import ChronicleCore
import XCTest

final class CalendarDateTests: XCTestCase {
  func testWeekdayAndISOWeek_ofSamplePublicationDate() throws {
    let date = try XCTUnwrap(CalendarDate(iso: "2025-05-09"))
    XCTAssertEqual(date.weekday, 5)  // Friday
    XCTAssertEqual(date.isoWeek.year, 2025)
    XCTAssertEqual(date.isoWeek.week, 19)
  }

  func testDayNumber_roundTripsAcrossCenturies() throws {
    for iso in ["1600-02-29", "1899-12-31", "1970-01-01", "2000-02-29", "2100-03-01"] {
      let date = try XCTUnwrap(CalendarDate(iso: iso))
      XCTAssertEqual(CalendarDate(dayNumber: date.dayNumber), date)
      XCTAssertEqual(date.description, iso)
    }
  }

  func testInvalidDays_areRejected() {
    XCTAssertNil(CalendarDate(iso: "2025-13-45"))
    XCTAssertNil(CalendarDate(iso: "2025-02-29"))
    XCTAssertNil(CalendarDate(iso: "not-a-date"))
  }

  func testAddingMonths_clampsToMonthLength() throws {
    let date = try XCTUnwrap(CalendarDate(iso: "2025-01-31"))
    XCTAssertEqual(date.adding(months: 1).description, "2025-02-28")
    XCTAssertEqual(date.adding(months: -2).description, "2024-11-30")
  }
}
