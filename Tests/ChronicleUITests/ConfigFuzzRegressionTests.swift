import ChronicleUI
import XCTest

/// Inputs the config fuzzer (scripts/fuzz.sh config) found crashing, kept as they were found.
/// Each must now be an ordinary error naming its line.
final class ConfigFuzzRegressionTests: XCTestCase {
  /// toml++ asserted on a table header with no key and aborted the process.
  private static let crashes: [(bytes: [UInt8], line: Int)] = [
    (Array("[= \"move-down\"\n\"Ctrl-N\" = \"search-nextke nexte\n".utf8), 1),
    (Array("[=\n".utf8), 1),
    (Array("[keys]\nj = \"move-down\"\n  [[ =]]\n".utf8), 3),
  ]

  func testHeadersWithoutKey_areErrorsNotCrashes() {
    for crash in Self.crashes {
      let text = String(decoding: crash.bytes, as: UTF8.self)
      XCTAssertThrowsError(try Keymap.load(toml: text, file: "k.toml")) { error in
        XCTAssertEqual((error as? ConfigError)?.line, crash.line, "\(error)")
      }
      XCTAssertThrowsError(try Theme.parse(toml: text, file: "t.toml")) { error in
        XCTAssertEqual((error as? ConfigError)?.line, crash.line, "\(error)")
      }
    }
  }

  func testValidHeaders_stillParse() throws {
    let keymap = try Keymap.load(toml: "[ keys ]\n\"q\" = \"quit\"\n", file: "k.toml")
    XCTAssertEqual(keymap.action(for: .char("q")), .quit)
  }
}
