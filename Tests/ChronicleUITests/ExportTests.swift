import ChronicleCore
import ChronicleUI
import XCTest

final class ExportTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "chronicle-export-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func exported(_ command: String, _ name: String, filter: String? = nil) throws
    -> (String, Harness)
  {
    let h = Harness()
    if let filter { h.type(filter + "\n") }
    h.type(":export \(directory)/\(command)\n")
    return (try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8), h)
  }

  func testExport_formatFollowsTheExtension() throws {
    let (csv, h) = try exported("view.csv", "view.csv", filter: ":actor Zhang")
    XCTAssertTrue(csv.hasPrefix(CorpusCSV.columns.joined(separator: ",")))
    XCTAssertEqual(csv.split(separator: "\r\n").count, 2, "header and the one filtered event")
    XCTAssertTrue(h.text.contains("exported 1 event, 1 quote from 1 document as csv"))
    XCTAssertTrue(try exported("v.md", "v.md").0.contains("Alice Smith met Bob Jones"))
    XCTAssertTrue(try exported("v.json", "v.json").0.contains("chronicle/1"))
    XCTAssertTrue(try exported("v.jsonl", "v.jsonl").0.contains("chronicle/1"))
    let timeline = try exported("v.timeline.json", "v.timeline.json").0
    XCTAssertTrue(timeline.contains("\"events\""))
    XCTAssertFalse(timeline.contains("chronicle/1"), "TimelineJS, not chronicle/1")
  }

  func testExport_aNamedFormatWinsOverTheName() throws {
    let (text, _) = try exported("notes.txt csv", "notes.txt")
    XCTAssertTrue(text.hasPrefix("event_id,"))
  }

  func testExport_unknownExtensionIsAnErrorAndWritesNothing() {
    let h = Harness()
    h.type(":export \(directory)/view.txt\n")
    XCTAssertTrue(h.text.contains("cannot tell the format of"))
    XCTAssertEqual(h.state.message?.isError, true)
    XCTAssertFalse(FileManager.default.fileExists(atPath: "\(directory)/view.txt"))
  }

  func testExport_refusesToOverwriteAnInputArticle() throws {
    let article = "\(directory)/article.md"
    let original = "Alice Smith said \"hello\" on Monday.\n"
    try original.write(toFile: article, atomically: true, encoding: .utf8)
    let corpus = CorpusLoader().load(paths: [article]).corpus
    let h = Harness(corpus: corpus)
    let link = "\(directory)/link.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: article)
    for target in [article, "\(directory)/./article.md", link] {
      h.type(":export \(target) markdown\n")
      XCTAssertTrue(h.text.contains("export refused"), target)
    }
    XCTAssertEqual(try String(contentsOfFile: article, encoding: .utf8), original)
  }

  func testExport_refusesAPathNamedOnTheCommandLine() throws {
    let input = "\(directory)/saved.json"
    try "{}".write(toFile: input, atomically: true, encoding: .utf8)
    let h = Harness(settings: AppSettings(protectedPaths: ProtectedPaths([input])))
    h.type(":export \(input)\n")
    XCTAssertTrue(h.text.contains("export refused"))
    XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), "{}")
  }

  func testExport_failureIsShownAndLosesNothing() throws {
    // A directory where the file should go: the rename fails, even for root.
    let target = "\(directory)/keep.json"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    try "old".write(toFile: target + "/inside.txt", atomically: true, encoding: .utf8)
    let h = Harness()
    h.type(":export \(target)\n")
    XCTAssertTrue(h.text.contains("export failed"))
    XCTAssertEqual(h.state.message?.isError, true)
    XCTAssertEqual(try String(contentsOfFile: target + "/inside.txt", encoding: .utf8), "old")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
    XCTAssertEqual(leftovers, ["keep.json"], "no temporary file is left behind")
  }

  func testExportFormat_fromPath() {
    XCTAssertEqual(ExportFormat(pathExtensionOf: "a.TIMELINE.json"), .timelinejs)
    XCTAssertEqual(ExportFormat(pathExtensionOf: "a.markdown"), .markdown)
    XCTAssertEqual(ExportFormat(pathExtensionOf: "a.jsonl"), .jsonl)
    XCTAssertNil(ExportFormat(pathExtensionOf: "a.json.bak"))
  }
}
