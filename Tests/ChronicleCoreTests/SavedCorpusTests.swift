import ChronicleCore
import Foundation
import XCTest

/// Saved exports read back a line at a time: a bad line is reported with its number and the
/// lines around it still count; a pretty-printed single object is read whole.
final class SavedCorpusTests: XCTestCase {
  private var directory: String!

  override func setUpWithError() throws {
    directory = NSTemporaryDirectory() + "chronicle-saved-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(atPath: directory)
  }

  private func line(_ text: String, path: String) -> String {
    let (document, _) = DocumentReader().read(SourceText(path: path, text: text), id: "d1")
    return CorpusJSON.encode(DocumentExtractor().extract(document))
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = directory + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func testBadLine_isReportedAndTheOthersKept() throws {
    let good1 = line("Secretary of State Marco Rubio said the talks \"will resume soon\".\n", path: "a.txt")
    let good2 = line("Prime Minister Ana Costa said on Monday that she agreed.\n", path: "b.txt")
    let path = try write("parts.jsonl", [good1, "{\"format\": truncated", "", good2].joined(separator: "\n") + "\n")
    var paths: [String] = []
    let problems = SavedCorpus.forEachPart(in: path) { paths += $0.documents.map(\.path) }
    XCTAssertEqual(paths, ["a.txt", "b.txt"])
    XCTAssertEqual(problems.map(\.path), [path])
    XCTAssertTrue(problems[0].message.hasPrefix("line 2: "), problems[0].message)
  }

  func testPrettyPrintedObject_isReadWhole() throws {
    let json = line("Secretary of State Marco Rubio said the talks \"will resume soon\".\n", path: "a.txt")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
    let path = try write("pretty.json", String(decoding: pretty, as: UTF8.self))
    let (corpora, problems) = SavedCorpus.read(path)
    XCTAssertEqual(problems.count, 0)
    XCTAssertEqual(corpora.map { CorpusJSON.encode($0) }, [json])
  }

  func testEmptyAndMissingFiles_areProblemsNamingThem() throws {
    let empty = try write("empty.jsonl", "\n\n")
    XCTAssertEqual(SavedCorpus.read(empty).problems.map(\.message), ["no chronicle/1 corpus in it; skipped"])
    let missing = directory + "/missing.json"
    XCTAssertEqual(SavedCorpus.read(missing).problems.map(\.path), [missing])
  }
}
