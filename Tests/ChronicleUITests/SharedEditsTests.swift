import ChronicleCore
import ChronicleUI
import XCTest

/// An edit store another process writes too: `elsewhere` stands for that process's edits,
/// `changed` for the archive's `data_version` having moved.
private final class TwoWriterStore: SharedEditStore {
  var edits: [StoredEdit] = []
  var changed = false
  var loads = 0

  func load() throws -> [StoredEdit] {
    loads += 1
    return edits
  }

  func append(_ edit: Edit) throws -> StoredEdit {
    let stored = StoredEdit(
      id: edits.count + 1, created: "2026-01-01T00:00:00Z", reverted: false, edit: edit)
    edits.append(stored)
    return stored
  }

  func revert(id: Int) throws {
    edits = edits.map {
      $0.id == id ? StoredEdit(id: $0.id, created: $0.created, reverted: true, edit: $0.edit) : $0
    }
  }

  func elsewhere(_ edit: Edit) {
    _ = try? append(edit)
    changed = true
  }

  func changedElsewhere() throws -> Bool {
    defer { changed = false }
    return changed
  }
}

/// The explorer takes in edits another process saved to the archive on its idle tick, and
/// reads the edits only when the store says something changed.
final class SharedEditsTests: XCTestCase {
  private let rename = Edit(
    .rename, actor: ActorTarget(names: ["Bob Jones"]), value: "Robert Jones")

  func testAnEditSavedElsewhere_showsOnTheNextIdleTick() {
    let store = TwoWriterStore()
    let h = Harness(edits: store)
    XCTAssertTrue(h.app.wantsPolling, "the idle loop wakes up to look")
    XCTAssertFalse(h.app.pollEdits(), "nothing changed")
    store.elsewhere(rename)
    XCTAssertTrue(h.app.pollEdits())
    h.app.draw(on: h.screen)
    XCTAssertTrue(h.text.contains("Robert Jones"), h.text)
    XCTAssertTrue(h.text.contains("edits changed by another process"), h.text)
    XCTAssertEqual(h.state.edits.count, 1, ":edits lists it")
    XCTAssertFalse(h.app.pollEdits(), "taken in once")
  }

  func testIdleTicksWithoutAChange_readNoEdits() {
    let store = TwoWriterStore()
    let h = Harness(edits: store)
    let loads = store.loads
    for _ in 0..<5 { XCTAssertFalse(h.app.pollEdits()) }
    XCTAssertEqual(store.loads, loads)
    store.changed = true
    XCTAssertFalse(h.app.pollEdits(), "another process wrote, but not the edits")
    XCTAssertEqual(store.loads, loads + 1)
  }

  func testAnEditsFile_isNotWatched() {
    let h = Harness(edits: JSONLEditStore(path: "/nonexistent/edits.jsonl"))
    XCTAssertFalse(h.app.wantsPolling)
  }
}
