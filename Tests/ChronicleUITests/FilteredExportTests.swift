import ChronicleCore
import ChronicleUI
import XCTest

/// An export of a filtered view holds what the view holds: only the documents its events and
/// quotes point into, and counts that match the items written.
final class FilteredExportTests: XCTestCase {
  private func object(_ text: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func testJSON_holdsOnlyTheDocumentsTheKeptEventsPointInto() throws {
    let filtered = NewsFixture.corpus.filtered(by: [.actor("a3")])
    let json = try object(ExportFormat.json.render(filtered))
    let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
    XCTAssertEqual(documents.compactMap { $0["id"] as? String }, ["d2"])
    let actors = try XCTUnwrap(json["actors"] as? [[String: Any]])
    for actor in actors {
      let mentions = actor["mentions"] as? [[String: Any]] ?? []
      XCTAssertTrue(mentions.allSatisfy { $0["document"] as? String == "d2" }, "\(actor)")
    }
    let unfiltered = try object(ExportFormat.json.render(NewsFixture.corpus))
    XCTAssertEqual((unfiltered["documents"] as? [Any])?.count, 2, "no filter, every document")
  }

  func testJSONL_writesOneLinePerKeptDocument() {
    let filtered = NewsFixture.corpus.filtered(by: [.actor("a2")])
    let lines = ExportFormat.jsonl.render(filtered).split(separator: "\n")
    XCTAssertEqual(lines.count, 1)
    XCTAssertTrue(lines.first?.contains("\"d1\"") == true)
  }

  func testTimelineJS_titleCountsTheEventsItWrites() throws {
    let text = ExportFormat.timelinejs.render(NewsFixture.corpus)
    let json = try object(text)
    let events = try XCTUnwrap(json["events"] as? [Any])
    XCTAssertEqual(events.count, 3, "the two undated events have no place on a calendar")
    XCTAssertTrue(text.contains("2 documents, 3 dated events"), text)
  }

  func testExportCommand_saysHowManyDocumentsItWrote() throws {
    let path = NSTemporaryDirectory() + "chronicle-filtered-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.type(":actor Li Wei\n")
    h.type(":export \(path)\n")
    XCTAssertTrue(h.text.contains("exported 1 event, 0 quotes from 1 document as json"), h.text)
    XCTAssertFalse(try String(contentsOfFile: path, encoding: .utf8).contains("Talks resume"))
  }
}
