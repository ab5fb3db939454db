import ChronicleArchive
import Foundation
import XCTest

/// Edits are kept as opaque JSON, listed newest first, and reverting marks rather than deletes.
final class ArchiveEditsTests: XCTestCase {
  func testEditsAreAppendedListedNewestFirstAndMarkedReverted() throws {
    let path = NSTemporaryDirectory() + "chronicle-edits-\(UUID().uuidString).sqlite"
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    let archive = try Archive(path: path)
    let first = try archive.appendEdit(json: #"{"rename":"a"}"#)
    let second = try archive.appendEdit(json: #"{"rename":"b"}"#)
    try archive.markReverted(id: first)
    let reopened = try Archive(path: path).edits()
    XCTAssertEqual(reopened.map(\.id), [second, first])
    XCTAssertEqual(reopened.map(\.json), [#"{"rename":"b"}"#, #"{"rename":"a"}"#])
    XCTAssertEqual(reopened.map(\.reverted), [false, true])
  }
}
