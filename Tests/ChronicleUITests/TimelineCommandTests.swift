import ChronicleCore
import ChronicleUI
import XCTest

/// The fixture with its events listed in reverse, so date order and document order differ.
private let reversedCorpus: Corpus = {
  let c = Fixture.corpus
  return Corpus(
    documents: c.documents, actors: c.actors, countries: c.countries, places: c.places,
    times: c.times, quotes: c.quotes, events: c.events.reversed())
}()

final class TimelineCommandTests: XCTestCase {
  private func selectedEvent(_ h: Harness) -> String {
    h.state.timeline[h.state.cursor(.timeline).row].item.map { h.app.corpus.events[$0].id }
      ?? "header"
  }

  func testSort_documentOrdersByParagraphAndKeepsTheSelection() {
    let h = Harness(corpus: reversedCorpus)
    XCTAssertEqual(h.state.timeline.compactMap(\.item), [0, 1, 2, 3])
    h.press(.char("j"))
    XCTAssertEqual(selectedEvent(h), "e3")
    h.type(":sort document\n")
    XCTAssertEqual(
      h.state.timeline.compactMap(\.item).map { reversedCorpus.events[$0].id },
      ["e1", "e2", "e3", "e4"])
    XCTAssertEqual(selectedEvent(h), "e3", "the selection follows its event")
    XCTAssertTrue(h.text.contains("timeline sorted by document"))
    h.type(":sort date\n")
    XCTAssertEqual(h.state.timeline.compactMap(\.item), [0, 1, 2, 3])
  }

  func testSort_survivesAFilterChange() {
    let h = Harness(corpus: reversedCorpus)
    h.type(":sort document\n")
    h.type(":actor Bob\n")
    XCTAssertEqual(
      h.state.timeline.compactMap(\.item).map { reversedCorpus.events[$0].id }, ["e1", "e3"])
  }

  func testSort_badArgumentIsAnError() {
    let h = Harness()
    h.type(":sort size\n")
    XCTAssertTrue(h.text.contains(":sort takes date or document"))
  }

  func testGoto_movesToTheFirstEventOnOrAfterTheDate() {
    let h = Harness(corpus: reversedCorpus)
    h.press(.char("2"))
    h.type(":goto 2025-05\n")
    XCTAssertEqual(h.state.focus, .timeline)
    XCTAssertEqual(selectedEvent(h), "e1")
    XCTAssertTrue(h.text.contains("2025-05-05 · first event on or after 2025-05"))
    h.press(.char("g"))
    h.type(":goto 2025-05-05\n")
    XCTAssertEqual(selectedEvent(h), "e1")
  }

  func testGoto_afterTheLastEventIsAnError() {
    let h = Harness()
    h.type(":goto 2026\n")
    XCTAssertTrue(h.text.contains("no dated event on or after 2026"))
    XCTAssertEqual(h.state.message?.isError, true)
  }

  func testGoto_rejectsMalformedDates() {
    for bad in ["May", "2025-5", "2025-13", "2025-02-30", "25"] {
      let h = Harness()
      h.type(":goto \(bad)\n")
      XCTAssertTrue(h.text.contains(":goto takes YYYY, YYYY-MM or YYYY-MM-DD"), bad)
    }
  }

  func testLayout_commandSwitchesBetweenGridAndTabs() {
    let h = Harness(width: 120, height: 40)
    h.type(":layout tabs\n")
    XCTAssertTrue(h.text.contains("1 Timeline"))
    h.resize(70, 20)
    h.type(":layout grid\n")
    XCTAssertFalse(h.text.contains("1 Timeline"))
    XCTAssertTrue(h.text.contains("Actors ("))
  }
}
