import ChronicleArchive
import ChronicleCore
import ChronicleTestSupport
import XCTest

/// The archive as the edits' store: edits kept across openings, reverts listed, imports
/// idempotent and whole, and a JSON-lines file carried over once without bringing back what
/// the reader reverted.
final class ArchiveEditStoreTests: XCTestCase {
  private var folder: ArticleFolder!

  override func setUpWithError() throws { folder = try ArticleFolder() }

  private var archivePath: String { folder.path + "/archive.sqlite" }
  private func store() throws -> ArchiveEditStore {
    ArchiveEditStore(archive: try Archive(path: archivePath))
  }

  private let rename = Edit(.rename, actor: ActorTarget(names: ["Elena Marsh"]), value: "E. Marsh")
  private let hide = Edit(.hideActor, actor: ActorTarget(names: ["Tomas Quill"]))

  func testAppendAndRevert_persistAcrossOpenings() throws {
    let first = try store()
    let renamed = try first.append(rename)
    _ = try first.append(hide)
    try first.revert(id: renamed.id)
    let reopened = try store().load()
    XCTAssertEqual(reopened.map(\.edit), [rename, hide], "oldest first")
    XCTAssertEqual(reopened.map(\.reverted), [true, false])
    XCTAssertEqual(reopened.first?.created, renamed.created)
    XCTAssertThrowsError(try first.revert(id: 99)) { error in
      XCTAssertTrue("\(error)".hasSuffix(": no edit 99"), "\(error)")
    }
  }

  func testImport_isIdempotent_andBringsBackARevertedEdit() throws {
    let archived = try store()
    XCTAssertEqual(try archived.importEdits([rename, hide, rename]), 2)
    XCTAssertEqual(try archived.importEdits([rename, hide]), 0)
    try archived.revert(id: 1)
    XCTAssertEqual(try archived.importEdits([rename]), 1, "an explicit import restores it")
    XCTAssertEqual(try archived.activeEdits().map(\.edit), [hide, rename])
  }

  func testCarryOver_addsTheFilesEditsOnce_andNeverWhatWasRevertedHere() throws {
    let file = JSONLEditStore(path: folder.path + "/edits.jsonl")
    _ = try file.append(rename)
    _ = try file.append(hide)
    let archived = try store()
    XCTAssertEqual(try archived.carryOver(from: file), 2)
    XCTAssertEqual(try store().carryOver(from: file), 0, "once")
    try archived.revert(id: 1)
    XCTAssertEqual(try store().carryOver(from: file), 0)
    XCTAssertEqual(try archived.activeEdits().map(\.edit), [hide])
  }

  func testAnUnreadableStoredEdit_isNamed() throws {
    try Archive(path: archivePath).appendEdit(json: #"{"op":"paint"}"#)
    XCTAssertThrowsError(try store().load()) { error in
      XCTAssertEqual("\(error)", "archive \(archivePath), edit 1: not an edit (unknown op)")
    }
  }
}
