import ChronicleUI
import XCTest

/// Keeps README's key table equal to the one generated from the action table.
final class ReadmeTests: XCTestCase {
  private static let readme = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("README.md").path
  private static let begin = "<!-- keys:begin -->\n"
  private static let end = "<!-- keys:end -->"

  func testReadme_keyTableMatchesTheActionTable() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let start = try XCTUnwrap(text.range(of: Self.begin)).upperBound
    let stop = try XCTUnwrap(text.range(of: Self.end, range: start..<text.endIndex)).lowerBound
    let expected = KeyReference.markdown() + "\n"
    if ProcessInfo.processInfo.environment["CHRONICLE_RECORD_README"] != nil {
      try text.replacingCharacters(in: start..<stop, with: expected).write(
        toFile: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    XCTAssertEqual(
      String(text[start..<stop]), expected,
      "README's key table is stale: CHRONICLE_RECORD_README=1 swift test --filter ReadmeTests")
  }
}
