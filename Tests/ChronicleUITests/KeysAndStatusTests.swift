import ChronicleCore
import ChronicleUI
import XCTest

/// Keys as less and vim users expect them, a status bar that keeps its counts and `? help`,
/// and a help overlay that wraps and scrolls.
final class KeysAndStatusTests: XCTestCase {
  func testPaging_bCtrlBAndCtrlF() {
    let h = Harness(width: 120, height: 40, corpus: LongCorpus.make(events: 100))
    let page = Layout.visibleRows(.timeline, size: Size(width: 120, height: 40))
    h.press(.ctrl("f"))
    XCTAssertEqual(h.state.cursor(.timeline).row, page)
    h.press(.char("b"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.ctrl("f"), .ctrl("f"), .ctrl("b"))
    XCTAssertEqual(h.state.cursor(.timeline).row, page)
  }

  func testCount_prefixRepeatsAMovementAndGoesToARow() {
    let h = Harness(width: 120, height: 40, corpus: LongCorpus.make(events: 100))
    h.press(.char("5"))
    XCTAssertEqual(h.lines.last?.hasPrefix("5"), true, "the count being typed is shown")
    h.press(.char("j"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 5)
    h.press(.char("7"), .char("0"), .char("G"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 69, "70G is the 70th row")
    h.press(.char("9"), .char("k"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 60)
    h.press(.char("j"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 61, "a count is used once")
    h.press(.char("2"))
    XCTAssertEqual(h.state.focus, .actors, "1–4 still focus panes when no count is begun")
  }

  func testHistory_upRecallsEarlierCommandsAndDownComesBack() {
    let h = Harness(corpus: NewsFixture.corpus)
    h.type(":actor Lopez\n")
    h.type(":clear\n")
    h.press(.char(":"), .up)
    XCTAssertEqual(h.state.prompt?.text, "clear")
    h.press(.up)
    XCTAssertEqual(h.state.prompt?.text, "actor Lopez")
    h.press(.up)
    XCTAssertEqual(h.state.prompt?.text, "actor Lopez", "stops at the oldest")
    h.press(.down, .down)
    XCTAssertEqual(h.state.prompt?.text, "")
    h.press(.up, .enter)
    XCTAssertEqual(h.state.filters, [], "the recalled :clear ran")
    h.press(.char("/"), .up)
    XCTAssertEqual(h.state.prompt?.text, "", "searches keep their own history")
  }

  func testSearch_saysWhichMatchOfHowManyAndCentresIt() {
    let h = Harness(width: 120, height: 40, corpus: LongCorpus.make(events: 100))
    h.type("/number 5\n")
    XCTAssertTrue(h.text.contains("1/11 · number 5"), "5 and 50–59")
    XCTAssertEqual(h.state.cursor(.timeline).row, 5)
    h.press(.char("n"), .char("n"))
    XCTAssertTrue(h.text.contains("3/11 · number 5"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 51)
    let visible = Layout.visibleRows(.timeline, size: Size(width: 120, height: 40))
    XCTAssertEqual(h.state.cursor(.timeline).scroll, 51 - visible / 2, "placed mid-pane, as zz")
    h.press(.char("N"), .char("N"), .char("N"))
    XCTAssertTrue(h.text.contains("11/11 · number 5"), "wraps backwards")
  }

  func testGoto_placesTheTargetMidPane() {
    let h = Harness(width: 120, height: 40, corpus: NewsFixture.corpus)
    h.type(":goto 2016-10-11\n")
    XCTAssertEqual(h.state.cursor(.timeline).row, 2)
  }

  func testStatusBar_at80x24KeepsHelpAndCounts() {
    let h = Harness(width: 80, height: 24, corpus: NewsFixture.corpus)
    h.type(":actor Lopez\n")
    h.type(":country United States\n")
    let status = h.lines[22]
    XCTAssertTrue(status.contains("? help"), status)
    XCTAssertTrue(status.contains("ev"), status)
    XCTAssertTrue(status.contains("q"), status)
  }

  func testStatusBar_abbreviatesFourFiltersBeforeDroppingCounts() {
    let h = Harness(width: 100, height: 24, corpus: NewsFixture.corpus)
    for command in [":actor Lopez", ":country USA", ":actor Petrov", ":country Russia"] {
      h.type(command + "\n")
    }
    XCTAssertEqual(h.state.filters.count, 4)
    let status = h.lines[22]
    XCTAssertTrue(status.contains("? help"), status)
    XCTAssertTrue(status.contains("0 of 5 events") || status.contains("0/5 ev"), status)
    XCTAssertFalse(status.contains("country United States (USA)"), "filters abbreviated first")
  }

  func testHelp_wrapsLongLinesAndScrollsWithSpaceGAndPgDn() {
    let h = Harness(width: 80, height: 24, corpus: NewsFixture.corpus)
    h.press(.char("?"))
    XCTAssertTrue(h.text.contains("Help"))
    XCTAssertFalse(h.lines.contains { $0.contains("…") }, "descriptions wrap instead of cutting")
    h.press(.char(" "))
    XCTAssertGreaterThan(h.state.helpScroll ?? 0, 0, "Space scrolls")
    h.press(.char("G"))
    let last = h.state.helpScroll ?? 0
    XCTAssertTrue(h.text.contains(":layout auto|grid|tabs"), "G shows the end")
    h.press(.pageDown)
    XCTAssertEqual(h.state.helpScroll, last, "never past the end")
    h.press(.char("g"))
    XCTAssertEqual(h.state.helpScroll, 0)
    h.press(.char("x"))
    XCTAssertFalse(h.state.isHelpShown)
  }

  func testActorsPane_marksTheActiveFilterAndKeepsTheCursor() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.press(.char("2"))
    let row = h.state.actorRows.firstIndex(of: .actor(1))  // Ivan Petrov
    for _ in 0..<(row ?? 0) { h.press(.char("j")) }
    h.press(.enter)
    XCTAssertEqual(h.state.filters, [.actor("a2")])
    XCTAssertEqual(h.state.actorRows[h.state.cursor(.actors).row], .actor(1), "cursor stays on him")
    XCTAssertTrue(h.text.contains("▶ Ivan Petrov"))
  }
}
