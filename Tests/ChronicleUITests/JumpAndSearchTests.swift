import ChronicleCore
import ChronicleUI
import XCTest

final class JumpAndSearchTests: XCTestCase {
  func testJump_enterOnQuoteShowsParagraphWithSpanHighlighted() {
    let h = Harness()
    h.press(.char("3"), .char("j"), .enter)
    XCTAssertEqual(h.state.focus, .source)
    XCTAssertTrue(h.text.contains("¶ 3 · 9 May 2025 · Fixture Article"), "paragraph, date, title")
    XCTAssertEqual(h.roles(of: "fundamentally stalled", in: .source).map(Set.init), [.highlight])
    XCTAssertEqual(h.roles(of: "Bob said", in: .source)?.contains(.highlight), false)
  }

  func testJump_escAndCtrlOGoBack() {
    let h = Harness()
    h.press(.char("3"), .char("j"), .enter)
    h.press(.escape)
    XCTAssertEqual(h.state.focus, .quotes)
    XCTAssertEqual(h.state.cursor(.quotes).row, 1)
    h.press(.char("1"), .enter)
    XCTAssertEqual(h.state.focus, .source)
    h.press(.ctrl("o"))
    XCTAssertEqual(h.state.focus, .timeline)
    h.press(.escape)
    XCTAssertTrue(h.text.contains("jump list is empty"))
  }

  func testJump_enterOnEventShowsItsParagraph() {
    let h = Harness()
    h.press(.enter)
    XCTAssertTrue(h.text.contains("¶ 1"))
    XCTAssertEqual(h.roles(of: "met Bob Jones", in: .source).map(Set.init), [.highlight])
  }

  func testSearch_findsInFocusedPaneWithNextAndPrevious() {
    let h = Harness()
    h.press(.char("3"))
    h.type("/said\n")
    XCTAssertEqual(h.state.cursor(.quotes).row, 0, "nothing in quotes says 'said'; cursor stays")
    XCTAssertTrue(h.text.contains("not found: said"))
    h.type("/a\n")
    XCTAssertEqual(h.state.cursor(.quotes).row, 0)
    h.press(.char("n"))
    XCTAssertEqual(h.state.cursor(.quotes).row, 1)
    h.press(.char("N"))
    XCTAssertEqual(h.state.cursor(.quotes).row, 0)
    h.press(.char("N"))
    XCTAssertEqual(h.state.cursor(.quotes).row, 2, "wraps backwards to the last match")
  }

  func testSearch_matchesAreDrawnInMatchRole() {
    let h = Harness()
    h.press(.char("3"))
    h.type("/FUNDAMENTALLY\n")
    XCTAssertEqual(h.state.cursor(.quotes).row, 1)
    h.press(.char("k"))
    XCTAssertEqual(h.roles(of: "fundamental", in: .quotes).map(Set.init), [.match], "cut with …")
  }

  func testSearch_inSourceMovesToMatchingParagraph() {
    let h = Harness()
    h.press(.enter)
    h.type("/celebrated\n")
    XCTAssertTrue(h.text.contains("¶ 4"))
    XCTAssertTrue(
      h.roles(of: "celebrated", in: .source)?.allSatisfy { $0 == .highlight || $0 == .match }
        ?? false)
  }

  func testSearch_escapeCancelsThePrompt() {
    let h = Harness()
    h.press(.char("/"), .char("z"))
    XCTAssertEqual(h.state.prompt?.text, "z")
    XCTAssertTrue(h.lines.last?.hasPrefix("/z") ?? false)
    h.press(.escape)
    XCTAssertNil(h.state.prompt)
    XCTAssertEqual(h.state.focus, .timeline)
  }
}
