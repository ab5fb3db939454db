import ChronicleCore
import ChronicleUI
import XCTest

/// Where each Timeline and Quotes row comes from, how rows are cut, ordered, grouped and
/// opened in full.
final class ListRowsTests: XCTestCase {
  private func paneLines(_ h: Harness, _ pane: Pane) -> [String] {
    guard let rect = h.state.layout.panes[pane] else { return [] }
    return h.lines[rect.row..<rect.bottom].map { String($0.dropFirst(rect.col).prefix(rect.width)) }
  }

  func testRows_showOutletAndPublicationDate() {
    let h = Harness(width: 200, height: 40, corpus: NewsFixture.corpus)
    let timeline = paneLines(h, .timeline).joined(separator: "\n")
    XCTAssertTrue(timeline.contains("alpha        10 Oct 2016"), timeline)
    XCTAssertTrue(timeline.contains("beta-news    12 Oct 2016"), timeline)
    XCTAssertTrue(paneLines(h, .quotes).contains { $0.contains("alpha        10 Oct 2016") })
  }

  func testRows_narrowPanesShowACompactProvenanceAndCutTheTextWithAnEllipsis() {
    let h = Harness(width: 100, height: 24, corpus: NewsFixture.corpus)
    let row = paneLines(h, .timeline)[1]
    XCTAssertTrue(row.contains("Maria Lopez opened"), row)
    XCTAssertTrue(row.contains("…"), "the cut summary ends in an ellipsis: \(row)")
    XCTAssertTrue(row.hasSuffix("alpha     10 Oct│"), row)
  }

  func testUndated_ownLabelledBlockThatCanBeHiddenAndShown() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    XCTAssertTrue(h.text.contains("── Undated (2)"))
    XCTAssertEqual(h.state.timeline[3], .header(.undated(count: 2)))
    h.type(":undated hide\n")
    XCTAssertFalse(h.text.contains("Undated"))
    XCTAssertFalse(h.text.contains("John Smithson kept the minutes ·"))
    XCTAssertTrue(h.text.contains("Timeline (3)"))
    h.type(":undated show\n")
    XCTAssertTrue(h.text.contains("Timeline (5)"))
    h.type(":undated maybe\n")
    XCTAssertTrue(h.text.contains(":undated takes hide or show"))
  }

  func testSortDocument_separatesDocumentsInTimelineAndQuotes() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.type(":sort document\n")
    let timeline = paneLines(h, .timeline)
    XCTAssertTrue(timeline[1].contains("── alpha · 10 Oct 2016 · Talks resume ──"), timeline[1])
    let vote = timeline.firstIndex { $0.contains("── beta-news · 12 Oct 2016 · Vote count ──") }
    let minutes = timeline.firstIndex { $0.contains("John Smithson kept") }
    XCTAssertNotNil(vote)
    XCTAssertLessThan(minutes ?? .max, vote ?? 0, "alpha's events come before beta's header")
    XCTAssertTrue(paneLines(h, .quotes)[1].contains("── alpha"))
  }

  func testSort_appliesToQuotesWhenTheyAreFocused() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.press(.char("3"))
    XCTAssertTrue(paneLines(h, .quotes)[1].contains("Ivan Petrov"), "by date: Sunday's first")
    h.type(":sort document\n")
    XCTAssertEqual(h.state.focus, .quotes)
    XCTAssertTrue(paneLines(h, .quotes)[2].contains("Maria Lopez"), "paragraph 3 before 7")
  }

  func testNestedQuote_isShownInsideItsReportedQuoteAndCountedOnce() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    XCTAssertTrue(h.text.contains("Quotes (2)"), "the short direct quote is not a row of its own")
    XCTAssertEqual(h.state.quotes.count, 2)
    XCTAssertEqual(h.roles(of: "dead on arrival", in: .quotes).map(Set.init), [.highlight])
    XCTAssertTrue(h.text.contains("2 of 2 quotes"))
  }

  func testDetail_vShowsTheFullTextAndAnyKeyCloses() {
    let h = Harness(width: 80, height: 24, corpus: NewsFixture.corpus)
    h.press(.char("3"), .char("j"), .char("v"))
    XCTAssertTrue(h.text.contains("Detail"))
    XCTAssertTrue(h.text.contains("would fail without money"), h.text)
    XCTAssertTrue(h.text.contains("Speaker"))
    XCTAssertTrue(h.text.contains("alpha · 10 Oct 2016 · Talks resume · ¶ 3"))
    h.press(.char("j"))
    XCTAssertFalse(h.text.contains("Detail"))
    XCTAssertEqual(h.state.cursor(.quotes).row, 1, "the closing key does nothing else")
    h.press(.enter)
    XCTAssertEqual(h.state.focus, .source, "Enter on a quote still jumps")
  }
}
