import ChronicleCore
import XCTest

/// TIMEX3 values read back as the first day they cover: the key of the timeline's order.
final class TimeValueTests: XCTestCase {
  func testFirstDay_ofEveryPrecision() {
    let expected: [(String, String?)] = [
      ("2025-05-08", "2025-05-08"), ("2025-05-08T14:30", "2025-05-08"), ("2025-05", "2025-05-01"),
      ("2025-W19", "2025-05-05"), ("2025-Q2", "2025-04-01"), ("2025-Q4", "2025-10-01"),
      ("2025-SP", "2025-03-01"), ("2025-SU", "2025-06-01"), ("2025-FA", "2025-09-01"),
      ("2025-WI", "2025-12-01"), ("2025", "2025-01-01"), ("199", "1990-01-01"), ("19", "1900-01-01"),
      ("2025-05-xx", "2025-05-01"),
    ]
    for (value, day) in expected {
      XCTAssertEqual(TimeValue.firstDay(of: value)?.description, day, value)
    }
  }

  func testFirstDay_ofWhatIsNoDay_isNil() {
    for value in ["PRESENT_REF", "PAST_REF", "P3D", "XXXX-05", "2025-13", "2025-02-30", "2025-Q5",
                  "2025-W", "2025-", "20251", "1", "", "2025-XX", "2025-SX", "२०२५"] {
      XCTAssertNil(TimeValue.firstDay(of: value), value)
    }
  }
}
