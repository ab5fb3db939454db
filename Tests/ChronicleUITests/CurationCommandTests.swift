import ChronicleCore
import ChronicleUI
import Foundation
import XCTest

/// The curation commands on the virtual screen: each changes what the panes show once the
/// edit is saved, bad input changes nothing, and `:edits` lists and reverts edits.
final class CurationCommandTests: XCTestCase {
  private var path = ""

  override func setUp() {
    path = NSTemporaryDirectory() + "chronicle-edits-\(UUID().uuidString).jsonl"
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: path) }

  private func harness() -> Harness { Harness(edits: JSONLEditStore(path: path)) }

  private func savedLines() -> Int {
    (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 0
  }

  /// Actors rows: China, Zhang Wei, Pakistan, Bob Jones, United States, Alice Smith.
  private func selectActor(_ h: Harness, row: Int) {
    h.press(.char("2"))
    for _ in 0..<row { h.press(.char("j")) }
  }

  func testRename_showsTheNewNameAndSurvivesReopening() {
    let h = harness()
    selectActor(h, row: 3)
    h.type(":rename Robert Jones\n")
    XCTAssertTrue(h.text.contains("saved: rename \"Bob Jones\" to \"Robert Jones\""), h.text)
    XCTAssertTrue(h.text.contains("Robert Jones"))
    XCTAssertEqual(savedLines(), 1)
    let reopened = harness()
    XCTAssertTrue(reopened.text.contains("Robert Jones"))
    reopened.type(":actor Bob Jones\n")
    XCTAssertEqual(reopened.state.filters.count, 1, "the old name stays an alias")
  }

  func testMerge_joinsTheNamedActor_andRefusesUnknownOrAmbiguousNames() {
    let h = harness()
    selectActor(h, row: 1)
    h.type(":merge Nobody\n")
    XCTAssertTrue(h.text.contains("no actor 'Nobody'"))
    h.type(":merge e\n")
    XCTAssertTrue(h.text.contains("'e' is ambiguous: Alice Smith, Bob Jones"), h.text)
    XCTAssertEqual(savedLines(), 0, "nothing saved")
    h.type(":merge Alice\n")
    XCTAssertTrue(h.text.contains("saved: merge \"Zhang Wei\" into \"Alice Smith\""))
    XCTAssertFalse(h.app.corpus.actors.contains { $0.name == "Zhang Wei" })
    XCTAssertEqual(h.app.corpus.quotes.first { $0.id == "q3" }?.speaker, "a1")
  }

  func testSplit_makesAnActorOfTheAlias() {
    let h = harness()
    selectActor(h, row: 5)
    h.type(":split Ally\n")
    XCTAssertTrue(h.text.contains("no mention of \"Alice Smith\" is written 'Ally'"), h.text)
    XCTAssertEqual(savedLines(), 0)
    h.type(":split Alice\n")
    XCTAssertTrue(h.text.contains("saved: split \"Alice\" off \"Alice Smith\""), h.text)
    XCTAssertEqual(h.app.corpus.actors.filter { $0.name.hasPrefix("Alice") }.count, 2)
  }

  func testSetCountry_regroupsTheActor_andRefusesAnUnknownCountry() {
    let h = harness()
    selectActor(h, row: 1)
    h.type(":set-country Narnia\n")
    XCTAssertTrue(h.text.contains("unknown country 'Narnia'"))
    h.type(":set-country japan\n")
    XCTAssertTrue(h.text.contains("saved: country of \"Zhang Wei\": JPN"), h.text)
    XCTAssertTrue(h.text.contains("Japan"))
    let row = h.state.actorRows[h.state.cursor(.actors).row]
    XCTAssertEqual(row, .actor(2), "Zhang Wei stays selected under Japan")
    h.type(":set-country none\n")
    XCTAssertNil(h.app.corpus.actors.first { $0.name == "Zhang Wei" }?.country)
  }

  func testHide_onActorsQuotesAndTimeline() {
    let h = harness()
    selectActor(h, row: 1)
    h.type(":hide\n")
    XCTAssertFalse(h.app.corpus.actors.contains { $0.name == "Zhang Wei" })
    h.press(.char("3"))
    h.type(":hide\n")
    XCTAssertTrue(h.text.contains("saved: hide quote \"We are ready,\""), h.text)
    h.press(.char("1"))
    h.type(":hide\n")
    XCTAssertFalse(h.app.corpus.events.contains { $0.id == "e1" })
    XCTAssertEqual(savedLines(), 3)
  }

  func testSpeaker_setsAndClears_andRefusesAnUnknownName() {
    let h = harness()
    h.press(.char("3"))
    h.type(":speaker Nobody\n")
    XCTAssertTrue(h.text.contains("no actor 'Nobody'"))
    h.type(":speaker Zhang\n")
    XCTAssertEqual(h.app.corpus.quotes.first { $0.id == "q1" }?.speaker, "a3")
    h.type(":speaker none\n")
    XCTAssertNil(h.app.corpus.quotes.first { $0.id == "q1" }?.speaker)
  }

  func testSetDate_movesTheEvent_andRefusesABadDate() {
    let h = harness()
    h.press(.char("1"), .char("j"), .char("j"))
    let selected = h.state.timeline[h.state.cursor(.timeline).row].item.map {
      h.app.corpus.events[$0].id
    }
    h.type(":set-date 2025-02-30\n")
    XCTAssertTrue(h.text.contains("bad date '2025-02-30'"))
    XCTAssertEqual(savedLines(), 0)
    h.type(":set-date 2025-04\n")
    XCTAssertTrue(h.text.contains("2025-04"), h.text)
    XCTAssertNotNil(selected)
    XCTAssertEqual(h.app.corpus.events.first?.id, selected, "the dated event moves to the top")
    XCTAssertEqual(h.state.cursor(.timeline).row, 0, "and stays selected")
  }

  func testCommandOnTheWrongPane_isRefused() {
    let h = harness()
    h.type(":rename X\n")
    XCTAssertTrue(h.text.contains("select an actor in the Actors pane first"))
    XCTAssertEqual(savedLines(), 0)
  }

  func testEditsList_showsNewestFirst_andDRevertsTheSelected() {
    let h = harness()
    selectActor(h, row: 3)
    h.type(":rename Robert Jones\n")
    h.type(":set-country FRA\n")
    h.type(":edits\n")
    XCTAssertTrue(h.text.contains("Edits — j/k move, d reverts"))
    let lines = h.lines.filter { $0.contains("#1") || $0.contains("#2") }
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines[0].contains("#2") && lines[0].contains("applies"), lines[0])
    h.press(.char("j"), .char("d"))
    XCTAssertTrue(h.text.contains("reverted: rename \"Bob Jones\" to \"Robert Jones\""), h.text)
    XCTAssertTrue(h.app.corpus.actors.contains { $0.name == "Bob Jones" && $0.country == "FRA" })
    XCTAssertTrue(h.lines.contains { $0.contains("#1") && $0.contains("reverted") })
    h.press(.char("q"))
    XCTAssertNil(h.state.editsCursor)
    XCTAssertFalse(h.app.isFinished, "q closes the list first")
  }

  func testUndoEdit_revertsTheLastEdit_andStaleEditsAreShown() throws {
    try
      (EditLines.line(
        StoredEdit(
          id: 1, created: "2026-01-01T00:00:00Z", reverted: false,
          edit: Edit(.hideActor, actor: ActorTarget(names: ["Gone Person"])))))
      .write(toFile: path, atomically: true, encoding: .utf8)
    let h = harness()
    selectActor(h, row: 1)
    h.type(":hide\n")
    h.type(":undo-edit\n")
    XCTAssertTrue(h.text.contains("reverted: hide actor \"Zhang Wei\""))
    XCTAssertTrue(h.app.corpus.actors.contains { $0.name == "Zhang Wei" })
    h.type(":edits\n")
    XCTAssertTrue(h.lines.contains { $0.contains("#1") && $0.contains("STALE") })
  }

  func testABrokenEditsFile_isReportedAndNeverOverwritten() throws {
    try "not json\n".write(toFile: path, atomically: true, encoding: .utf8)
    let h = harness()
    XCTAssertTrue(h.text.contains("edits are off"), h.text)
    selectActor(h, row: 1)
    h.type(":hide\n")
    XCTAssertTrue(h.text.contains("not saved"))
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "not json\n")
  }

  /// The text drawn inside one pane's frame.
  private func paneLines(_ h: Harness, _ pane: Pane) -> [String] {
    guard let area = h.state.layout.panes[pane] else { return [] }
    return h.lines[area.row..<area.row + area.height].map {
      String($0.dropFirst(area.col).prefix(area.width))
    }
  }

  /// After each edit every list pane shows what reopening on the same edits shows: the state's
  /// tables (quote dates, nesting, namesakes, labels) follow the curated corpus, never the one
  /// from before the edit (a stale table showed wrong dates or crashed a draw).
  func testEveryPaneAfterAnEdit_matchesReopening() {
    let h = harness()
    // (pane, rows down from the top, command); Actors rows: China, Zhang Wei, …, Alice Smith.
    let steps: [(Character, Int, String)] = [
      ("1", 4, ":set-date 1990-01-01\n"), ("3", 0, ":hide\n"), ("2", 5, ":split Alice\n"),
      ("1", 3, ":set-date 2024-01-02\n"),
      ("2", 1, ":merge Alice Smith\n"), ("1", 0, ":hide\n"), ("3", 0, ":speaker Bob Jones\n"),
    ]
    for (pane, down, command) in steps {
      h.press(.char(pane), .char("g"))
      for _ in 0..<down { h.press(.char("j")) }
      h.type(command)
      XCTAssertTrue(h.text.contains("saved:"), "\(command): \(h.lines.joined(separator: "\n"))")
      let reopened = harness()
      for (key, shown) in [("1", Pane.timeline), ("2", .actors), ("3", .quotes)] {
        h.press(.char(Character(key)), .char("g"))
        reopened.press(.char(Character(key)), .char("g"))
        XCTAssertEqual(paneLines(h, shown), paneLines(reopened, shown), "after \(command)")
      }
    }
  }
}
