import ChronicleCore
import ChronicleUI
import XCTest

final class LayoutTests: XCTestCase {
  func testResize_wideShowsFourPanes() {
    let h = Harness(width: 120, height: 40)
    for pane in Pane.allCases { XCTAssertTrue(h.text.contains(pane.title), "\(pane) missing") }
    XCTAssertEqual(h.lines.count, 40)
  }

  func testResize_narrowShowsTabsAndOnePane() {
    let h = Harness(width: 120, height: 40)
    h.resize(50, 12)
    XCTAssertTrue(h.lines[0].contains("1 Timeline"))
    XCTAssertTrue(h.lines[0].contains("2 Actors"))
    XCTAssertEqual(h.screen.frame.roles(0).first(where: { $0 == .tabActive }), .tabActive)
    XCTAssertFalse(h.text.contains("▶ Actors"))
    h.press(.char("2"))
    XCTAssertTrue(h.text.contains("▶ Actors"))
    XCTAssertTrue(h.text.contains("Alice Smith"))
  }

  func testResize_tooSmallShowsTheMessageWrappedAndRecovers() {
    let h = Harness(width: 120, height: 40)
    h.resize(30, 8)
    let shown = h.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    XCTAssertEqual(shown, ["Terminal too small: 30x8", "(need 40x10)"], "wrapped, nothing cut")
    h.resize(12, 1)
    XCTAssertEqual(h.lines.map { $0.trimmingCharacters(in: .whitespaces) }, ["Terminal too"])
    h.resize(39, 10)
    XCTAssertTrue(h.text.contains("too small"))
    h.resize(40, 10)
    XCTAssertFalse(h.text.contains("too small"))
    XCTAssertTrue(h.text.contains("Timeline"))
    h.resize(120, 40)
    XCTAssertTrue(h.text.contains("▶ Timeline"))
  }

  func testResize_manySizesNeverCrashAndKeepCursorVisible() {
    let h = Harness(width: 120, height: 40, corpus: LongCorpus.make(events: 60))
    h.press(.char("G"))
    for (w, h2) in [
      (0, 0), (1, 1), (40, 10), (80, 24), (100, 24), (99, 30), (200, 60), (41, 11), (120, 40),
    ] {
      h.resize(w, h2)
      XCTAssertEqual(h.lines.count, h2)
      if w >= 40 && h2 >= 10 {
        XCTAssertTrue(h.text.contains("event number 59"), "cursor row hidden at \(w)x\(h2)")
      }
    }
    h.press(.char("k"), .char("g"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
  }

  func testResize_statusBarShowsFocusFiltersAndCounts() {
    let h = Harness()
    let status = h.lines[38]
    XCTAssertTrue(status.contains("Timeline"))
    XCTAssertTrue(status.contains("no filter"))
    XCTAssertTrue(status.contains("4 of 4 events"))
    XCTAssertTrue(status.contains("3 of 3 quotes"))
  }

  func testTimeline_showsDatesRelativePhrasesAndUndated() {
    let h = Harness(width: 180)
    // Dates read as labels ("5 May 2025", not 2025-05-05).
    XCTAssertTrue(h.text.contains("5 May 2025"), h.text)
    XCTAssertTrue(h.text.contains("Alice Smith met Bob Jones · Alice Smith, Bob Jones"), h.text)
    XCTAssertTrue(h.text.contains("earlier th…"), "an unresolved phrase is shown as written")
    XCTAssertTrue(h.text.contains("—           Bob on stalled talks"))
  }
}
