import ChronicleCore
import ChronicleUI
import XCTest

/// The Source pane follows the selection: highlight in view with context, neighbouring
/// paragraphs, a header with outlet, date and title, a "more" marker, and nothing once the
/// view is empty.
final class SourcePaneTests: XCTestCase {
  private func sourceText(_ h: Harness) -> String {
    guard let rect = h.state.layout.panes[.source] else { return "" }
    return h.lines[rect.row..<rect.bottom].map { line in
      String(line.dropFirst(rect.col).prefix(rect.width))
    }.joined(separator: "\n")
  }

  func testSource_headerNamesOutletDateAndTitle() {
    let h = Harness(corpus: NewsFixture.corpus)
    XCTAssertTrue(sourceText(h).contains("¶ 2 · alpha · 10 Oct 2016 · Talks resume"), sourceText(h))
  }

  func testSource_showsNeighbouringParagraphsDimmedAndTheTargetHighlighted() {
    let h = Harness(corpus: NewsFixture.corpus)
    XCTAssertEqual(h.roles(of: "Maria Lopez opened", in: .source).map(Set.init), [.highlight])
    XCTAssertEqual(h.roles(of: "Talks resume in Geneva", in: .source).map(Set.init), [.dim])
    XCTAssertEqual(h.roles(of: "Delegates from Ukraine", in: .source).map(Set.init), [.dim])
  }

  func testSource_followsTheSelectionAndScrollsALongParagraphToTheHighlight() {
    let h = Harness(width: 100, height: 24, corpus: NewsFixture.corpus)
    h.press(.char("G"))  // the last undated event: the minutes, at the end of a long paragraph
    let text = sourceText(h)
    XCTAssertTrue(text.contains("John Smithson kept"), text)
    XCTAssertEqual(h.roles(of: "John Smithson kept", in: .source).map(Set.init), [.highlight])
    XCTAssertTrue(text.contains("↑"), "a marker says there is text above: \(text)")
    XCTAssertGreaterThan(h.state.cursor(.source).scroll, 0)
  }

  func testSource_moreMarkerWhenTheTextGoesOnBelow() {
    let h = Harness(width: 100, height: 24, corpus: NewsFixture.corpus)
    h.press(.char("j"))  // Petrov, paragraph 7, whose neighbours before it are long
    h.press(.char("k"))
    XCTAssertTrue(sourceText(h).contains("↓"), sourceText(h))
    XCTAssertTrue(sourceText(h).contains("more"))
  }

  func testSource_clearsWhenTheViewIsEmpty() {
    let h = Harness(corpus: NewsFixture.corpus)
    h.type(":actor Petrov\n")
    h.type(":country Chile\n")
    XCTAssertTrue(h.text.contains("Nothing matches the filters"))
    XCTAssertNil(h.state.source)
    XCTAssertTrue(sourceText(h).contains("Select a quote or event"))
  }

  func testSource_aFilterFromTheActorsPaneShowsTheFirstKeptEvent() {
    let h = Harness(corpus: NewsFixture.corpus)
    h.press(.char("j"))  // Petrov's event is shown
    h.type(":actor Li Wei\n")
    XCTAssertEqual(h.state.source?.location.document, "d2", "no longer Petrov's paragraph")
    XCTAssertTrue(sourceText(h).contains("Vote count"))
  }

  func testSource_keepsTheHighlightInViewWhenAResizeRewrapsIt() {
    let h = Harness(width: 240, height: 30, corpus: NewsFixture.corpus)
    h.press(.char("G"))
    h.resize(60, 24)
    h.press(.char("4"))
    XCTAssertEqual(h.roles(of: "John Smithson kept", in: .source).map(Set.init), [.highlight])
  }

  func testSource_aSingleArticleNeedsNoProvenanceOnEveryRow() {
    let h = Harness(width: 160, height: 40)
    XCTAssertFalse(h.text.contains("fixture  "), "one article: its name is in the Source header")
  }
}
