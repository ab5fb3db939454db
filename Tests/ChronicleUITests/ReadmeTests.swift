import ChronicleCore
import ChronicleUI
import XCTest

/// Keeps README's key table equal to the one generated from the action table, and its config
/// examples valid.
final class ReadmeTests: XCTestCase {
  private static let readme = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("README.md").path
  private static let begin = "<!-- keys:begin -->\n"
  private static let end = "<!-- keys:end -->"

  /// Every ```toml example in the README loads without error, with the parser its kind needs.
  func testReadme_configExamplesParse() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let blocks = text.components(separatedBy: "```toml\n").dropFirst().compactMap {
      $0.components(separatedBy: "```").first
    }
    XCTAssertGreaterThanOrEqual(blocks.count, 3)
    for block in blocks {
      if block.hasPrefix("[keys]") {
        XCTAssertNoThrow(try Keymap.load(toml: block, file: "keymap.toml"), block)
      } else if block.hasPrefix("name =") {
        XCTAssertNoThrow(try Theme.parse(toml: block, file: "theme.toml"), block)
      } else {
        XCTAssertNoThrow(try ConfigFile.parse(toml: block, file: "config.toml"), block)
      }
    }
  }

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

  /// The counts in the README's screenshots of the built-in sample are what the binary shows:
  /// when extraction changes them, the screenshots are taken again (the test names the line).
  func testReadme_sampleScreenshotCountsMatchTheSample() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let statusLines = text.split(separator: "\n").filter {
      $0.hasPrefix(" Timeline │") || $0.hasPrefix(" Source │")
    }
    XCTAssertFalse(statusLines.isEmpty, "the README shows the status bar")
    let corpus = CorpusLoader().load(paths: []).corpus
    let h = Harness(width: 160, height: 40, corpus: corpus)
    let counts = [h.state.shownEvents, corpus.events.count, h.state.shownQuotes]
    let full = "\(counts[0]) of \(counts[1]) events · \(counts[2]) of \(counts[2]) quotes"
    let short = "\(counts[0])/\(counts[1]) ev · \(counts[2])/\(counts[2]) q"
    for line in statusLines {
      XCTAssertTrue(
        line.contains(full) || line.contains(short),
        "README's screenshot says '\(line)'; the sample gives \(full): take the screenshots again")
    }
  }
}
