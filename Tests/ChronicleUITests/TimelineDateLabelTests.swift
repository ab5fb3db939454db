import ChronicleCore
import ChronicleUI
import XCTest

/// The Timeline's date column reads as a person would, and an inherited date is dimmed.
final class TimelineDateLabelTests: XCTestCase {
  func testInheritedDate_isDimmed_ownDateIsADate() {
    var events = Fixture.corpus.events
    events[0].inherited = true
    let dimmed = Harness(corpus: Self.corpus(events: events))
    dimmed.type("j")  // the selection's own style would cover the row
    XCTAssertEqual(Set(dimmed.roles(of: "5 May 2025", in: .timeline) ?? []), [.dim])
    let own = Harness()
    own.type("j")
    XCTAssertEqual(Set(own.roles(of: "5 May 2025", in: .timeline) ?? []), [.date])
  }

  func testWidePane_showsAWholeWeekLabel() {
    var times = Fixture.corpus.times
    times[0].value = "2025-W19"
    times[0].precision = .week
    let h = Harness(width: 200, height: 40, corpus: Self.corpus(times: times))
    XCTAssertTrue(h.text.contains("week of 5 May 2025"), h.text)
  }

  /// The fixture with some of its times or events replaced.
  private static func corpus(
    times: [TimeExpression] = Fixture.corpus.times, events: [Event] = Fixture.corpus.events
  ) -> Corpus {
    let c = Fixture.corpus
    return Corpus(
      documents: c.documents, actors: c.actors, countries: c.countries, places: c.places,
      times: times, quotes: c.quotes, events: events)
  }
}
