import ChronicleCore
import ChronicleTestSupport
import XCTest

/// The JSON-lines edit store and edit files: durable appends, reverts that stay listed,
/// idempotent imports, and a bad line named by its number with nothing imported.
final class EditStoreTests: XCTestCase {
  private var folder: ArticleFolder!

  override func setUpWithError() throws { folder = try ArticleFolder() }

  private let rename = Edit(.rename, actor: ActorTarget(names: ["Elena Marsh"]), value: "E. Marsh")
  private let hide = Edit(.hideActor, actor: ActorTarget(names: ["Tomas Quill"]))

  func testAppendAndRevert_persistAcrossStores() throws {
    let path = folder.path + "/edits.jsonl"
    let store = JSONLEditStore(path: path)
    XCTAssertEqual(try store.append(rename).id, 1)
    XCTAssertEqual(try store.append(hide).id, 2)
    try store.revert(id: 1)
    let reopened = JSONLEditStore(path: path)
    XCTAssertEqual(try reopened.load().map(\.reverted), [true, false])
    XCTAssertEqual(try reopened.activeEdits().map(\.edit), [hide])
  }

  func testImport_isIdempotent() throws {
    let store = JSONLEditStore(path: folder.path + "/edits.jsonl")
    XCTAssertEqual(try store.importEdits([rename, hide]), 2)
    XCTAssertEqual(try store.importEdits([rename, hide]), 0)
    XCTAssertEqual(try store.load().count, 2)
  }

  func testEditLine_isOneSortedJSONObject() {
    XCTAssertEqual(
      EditLines.line(rename),
      #"{"actor":{"names":["Elena Marsh"]},"op":"rename","value":"E. Marsh"}"# + "\n")
  }

  func testMalformedLine_isNamedByNumber() throws {
    let text = EditLines.line(rename) + "{\"op\":\"rename\"}\n" + EditLines.line(hide)
    XCTAssertThrowsError(try EditLines.edits(in: Data(text.utf8), from: "team.jsonl")) { error in
      XCTAssertEqual("\(error)", "team.jsonl:2: not an edit (rename needs actor)")
    }
    let unknown = Data("{\"op\":\"paint\"}\n".utf8)
    XCTAssertThrowsError(try EditLines.edits(in: unknown, from: "t.jsonl")) { error in
      XCTAssertEqual("\(error)", "t.jsonl:1: not an edit (unknown op)")
    }
  }

  func testStoreFile_readsAsAnEditsFile_withoutReverted() throws {
    let path = folder.path + "/edits.jsonl"
    let store = JSONLEditStore(path: path)
    _ = try store.append(rename)
    _ = try store.append(hide)
    try store.revert(id: 2)
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
    XCTAssertEqual(try EditLines.edits(in: data, from: path), [rename])
  }
}
