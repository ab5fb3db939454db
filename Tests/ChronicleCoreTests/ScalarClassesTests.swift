@testable import ChronicleCore
import XCTest

/// The scanners' fast character classes answer as the Unicode tables do, shortcuts included.
final class ScalarClassesTests: XCTestCase {
  func testFastClasses_agreeWithUnicodeProperties() {
    let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0xA0...0x17F, 0x2000...0x206F, 0x3000...0x3010]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(value) else { continue }
      XCTAssertEqual(scalar.isLetter, scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
      XCTAssertEqual(scalar.isUpper, scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
      XCTAssertEqual(scalar.isSpace, scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
  }
}
