@testable import ChronicleCore
import XCTest

/// Record ids are the letter and the count in decimal, as string interpolation wrote them.
final class RecordIDTests: XCTestCase {
  func testIDs_areTheLetterAndTheCount() {
    for n in [0, 1, 9, 10, 99, 100, 1_234, 1_000_000, Int.max] {
      XCTAssertEqual(RecordID.make("a", n), "a\(n)")
    }
    XCTAssertEqual(RecordID.make("t", 42), "t42")
  }
}
