import ChronicleTestSupport
import Foundation
import XCTest

/// `chronicle extract` on bad inputs, each beside a good article: the bad one is warned about
/// or skipped by name, the good one's results still come out, and the exit status says which.
final class ExtractBadInputTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testBadArticles_areNamedOnStderrAndTheGoodResultsStillComeOut() throws {
    for bad in BadArticle.all {
      let folder = try ArticleFolder()
      let path = try folder.write(bad.name, bad.bytes)
      let run = try ChronicleBinary.run(["extract", folder.good, path])
      let output = try ExtractOutput(run.stdout)
      XCTAssertTrue(output.hasGoodQuote, bad.name)
      switch bad.outcome {
      case .warning(let text):
        XCTAssertEqual(run.status, 0, bad.name)
        XCTAssertTrue(run.stderr.contains("chronicle: warning: \(path): \(text)"), run.stderr)
        XCTAssertEqual(output.documentPaths, [folder.good, path])
      case .skipped(let text):
        XCTAssertEqual(run.status, 1, bad.name)
        XCTAssertTrue(run.stderr.contains("chronicle: error: \(path): \(text)"), run.stderr)
        XCTAssertEqual(output.documentPaths, [folder.good])
      case .quiet:
        XCTAssertEqual(run.status, 0, bad.name)
        XCTAssertEqual(run.stderr, "", bad.name)
        XCTAssertEqual(output.documentPaths, [folder.good, path])
      }
    }
  }

  func testInvalidUTF8_isReadWithReplacementCharacters() throws {
    let folder = try ArticleFolder()
    try folder.write("bad.txt", Array("Talks in ".utf8) + [0xC3, 0x28, 0xFF] + Array(" went on.".utf8))
    let run = try ChronicleBinary.run(["extract", folder.path + "/bad.txt"])
    XCTAssertEqual(try ExtractOutput(run.stdout).paragraphTexts, ["Talks in \u{FFFD}(\u{FFFD} went on."])
  }

  /// One 11 MB line (generated here, never committed): no sentence end, so everything is one
  /// paragraph; it must still take linear time. About 11 s in a debug build, 50 s under
  /// AddressSanitizer; one quadratic pass over its two million tokens would take hours.
  func testOneLineOf11MB_finishesQuickly() throws {
    let folder = try ArticleFolder()
    let line = String(repeating: "the talks went on and on ", count: 440_000)
    let path = try folder.write("one-line.txt", line)
    let start = Date()
    let run = try ChronicleBinary.run(["extract", folder.good, path])
    let seconds = Date().timeIntervalSince(start)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(try ExtractOutput(run.stdout).hasGoodQuote)
    XCTAssertLessThan(seconds, 180, "11 MB on one line took \(seconds) s")
  }

  func testMissingFile_isSkippedByName() throws {
    let folder = try ArticleFolder()
    let missing = folder.path + "/missing.txt"
    let run = try ChronicleBinary.run(["extract", missing, folder.good])
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("\(missing): no such file or directory"), run.stderr)
    XCTAssertTrue(try ExtractOutput(run.stdout).hasGoodQuote)
  }

  /// Root reads a mode-000 file, so as root the run drops to `nobody` with setpriv.
  func testUnreadableFile_isSkippedByName() throws {
    let folder = try ArticleFolder()
    let locked = try folder.write("locked.txt", "Talks went on.")
    chmod(locked, 0)
    chmod(folder.good, 0o644)
    guard let run = try ChronicleBinary.runUnprivileged(["extract", locked, folder.good]) else {
      throw XCTSkip("running as root without setpriv: root can read a mode-000 file")
    }
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("\(locked): permission denied"), run.stderr)
    XCTAssertTrue(try ExtractOutput(run.stdout).hasGoodQuote)
  }

  func testDirectory_skipsImagesAndOtherFilesQuietly() throws {
    let folder = try ArticleFolder()
    try folder.write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
    try folder.write("data.bin", [0, 1, 2, 3])
    try folder.write("notes.pdf", "%PDF-1.4")
    try folder.write("sub/more.md", "Talks went on in Oslo.")
    let run = try ChronicleBinary.run(["extract", folder.path])
    XCTAssertEqual(run.status, 0)
    XCTAssertEqual(run.stderr, "")
    XCTAssertEqual(
      try ExtractOutput(run.stdout).documentPaths, [folder.good, folder.path + "/sub/more.md"])
  }

  func testSymlinkLoops_areCutAndNamed() throws {
    let folder = try ArticleFolder()
    try folder.link("again", to: ".")  // a directory loop: walked once, quietly
    let ping = try folder.link("ping.txt", to: "pong.txt")  // a link loop: skipped by name
    try folder.link("pong.txt", to: "ping.txt")
    let run = try ChronicleBinary.run(["extract", folder.path])
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("\(ping): too many levels of symbolic links"), run.stderr)
    XCTAssertEqual(try ExtractOutput(run.stdout).documentPaths, [folder.good])
  }

  func testStandardInput_isReadBesideFiles() throws {
    let folder = try ArticleFolder()
    let piped = try folder.write("piped.input", "Officials met in Oslo on Tuesday.")
    let run = try ChronicleBinary.run(["extract", folder.good, "-"], stdin: piped)
    XCTAssertEqual(run.status, 0, run.stderr)
    let output = try ExtractOutput(run.stdout)
    XCTAssertEqual(output.documentPaths, [folder.good, "-"])
    XCTAssertTrue(output.paragraphTexts.contains("Officials met in Oslo on Tuesday."))
  }

  /// Front-matter values and file names reach the messages; their controls are written out.
  func testMessages_neverCarryTerminalControls() throws {
    let folder = try ArticleFolder()
    let path = try folder.write("title\u{1B}[2J.md", "---\ndate: \u{1B}]0;PWNED\u{7}\n---\nTalks.\n")
    let run = try ChronicleBinary.run(["extract", path])
    XCTAssertEqual(run.status, 0)
    XCTAssertTrue(run.stderr.contains("title\\u{1B}[2J.md"), run.stderr)
    XCTAssertTrue(run.stderr.contains("date '\\u{1B}]0;PWNED\\u{7}'"), run.stderr)
    XCTAssertFalse(run.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  func testBadDateOption_isAUsageError() throws {
    let folder = try ArticleFolder()
    let run = try ChronicleBinary.run(["extract", "--date", "not-a-date", folder.good])
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("--date 'not-a-date' is not a YYYY-MM-DD day"), run.stderr)
    XCTAssertEqual(run.stdout, Data())
  }
}
