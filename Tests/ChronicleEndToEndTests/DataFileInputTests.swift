import ChronicleTestSupport
import Foundation
import XCTest

/// A spreadsheet or other data file named on the command line is refused with a message, not
/// read as an article's text; the good inputs beside it still come out.
final class DataFileInputTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testCSV_isRefusedWithAClearMessage() throws {
    let folder = try ArticleFolder()
    let notes = try folder.write("notes.csv", "name,said\nRubio,\"talks will resume\"\n")
    let run = try ChronicleBinary.run(["extract", folder.good, notes])
    XCTAssertEqual(run.status, 1, "an input was skipped")
    XCTAssertTrue(
      run.stderr.contains(
        "\(notes): a .csv file is not an article (.txt, .md) or a saved corpus (.json, .jsonl); skipped"
      ),
      run.stderr)
    XCTAssertEqual(try ExtractOutput(run.stdout).documentPaths, [folder.good])
  }

  func testUnknownEndings_areStillReadAsArticles() throws {
    let folder = try ArticleFolder()
    let article = try folder.write("wire-copy", ArticleFolder.goodText)
    let run = try ChronicleBinary.run(["extract", article])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(try ExtractOutput(run.stdout).documentPaths, [article])
  }
}
