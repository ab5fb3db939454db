import ChronicleCore
import ChronicleUI
import XCTest

/// `:country` and `:actor` as a person types them: the forms the extractor knows, no silent
/// prefix traps, ambiguity said out loud; and the Actors pane's groups.
final class FilterCommandTests: XCTestCase {
  private func country(_ query: String) -> FilterResolver.CountryMatch {
    FilterResolver(corpus: NewsFixture.corpus).country(named: query)
  }

  func testCountry_acceptsCodesNamesAbbreviationsAndDemonyms() {
    for query in ["USA", "usa", "US", "U.S.", "America", "american", "United States"] {
      XCTAssertEqual(country(query), .found(Country(code: "USA", name: "United States")), query)
    }
    for query in ["Britain", "UK", "U.K.", "British"] {
      guard case .found(let found) = country(query) else { return XCTFail(query) }
      XCTAssertEqual(found.code, "GBR", query)
    }
    guard case .found(let russia) = country("Russian") else { return XCTFail("Russian") }
    XCTAssertEqual(russia.code, "RUS")
  }

  func testCountry_aPrefixNeverPicksSilentlyWhenSeveralFit() {
    guard case .ambiguous(let candidates) = country("Chi") else { return XCTFail("Chi") }
    XCTAssertEqual(candidates.map(\.code), ["CHL", "CHN"])
    guard case .found(let ukraine) = country("Ukr") else { return XCTFail("Ukr") }
    XCTAssertEqual(ukraine.code, "UKR")
    XCTAssertEqual(country("France"), .notInCorpus("FRA", "France"))
    XCTAssertEqual(country("Atlantis"), .unknown)
  }

  func testCountry_commandSaysWhatFitsAndFilters() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.type(":country Chi\n")
    XCTAssertTrue(h.text.contains("2 countries fit 'Chi': Chile, China; type more of the name"))
    XCTAssertEqual(h.state.filters, [])
    h.type(":country UK\n")
    XCTAssertEqual(h.state.filters, [.country("GBR")], "UK is the United Kingdom, not Ukraine")
    h.type(":country France\n")
    XCTAssertTrue(h.text.contains("France (FRA) is not named in these articles"))
  }

  func testActor_severalFitsAreListedNotPicked() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.type(":actor smith\n")
    XCTAssertEqual(h.state.filters, [])
    XCTAssertTrue(
      h.text.contains("2 actors fit 'smith': John Smith, John Smithson; type more of the name"),
      h.lines.last ?? "")
    h.type(":actor John Smith\n")
    XCTAssertEqual(h.state.filters, [.actor("a4")], "an exact name wins over a longer one")
    h.type(":actor lopez\n")
    XCTAssertEqual(h.state.filters, [.actor("a4"), .actor("a1")], "an alias, any case")
  }

  func testActor_filterSelectsThatActorInTheActorsPane() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    h.type(":actor John Smith\n")
    let smith = h.state.actorRows.firstIndex(of: .actor(3))
    XCTAssertNotNil(smith)
    XCTAssertEqual(h.state.cursor(.actors).row, smith, "the actor the filter names")
  }

  func testActorsPane_countriesWithoutActorsAndNoCountryLast() {
    let h = Harness(width: 160, height: 40, corpus: NewsFixture.corpus)
    XCTAssertTrue(h.state.actorRows.contains(.country("UKR")), "Ukraine is named; no actor")
    XCTAssertEqual(
      h.state.actorRows.suffix(3), [.country("UKR"), .country(nil), .actor(4)],
      "countries without actors after those with, 'no country' last")
    XCTAssertTrue(h.text.contains("Ukraine (UKR)  1 mention"))
    XCTAssertTrue(h.text.contains("Ivan Petrov  1 mention · 1 quote"))
    h.press(.char("2"))
    let ukraine = h.state.actorRows.firstIndex(of: .country("UKR")) ?? 0
    for _ in 0..<ukraine { h.press(.char("j")) }
    h.press(.enter)
    XCTAssertEqual(h.state.filters, [.country("UKR")])
    XCTAssertTrue(
      h.text.contains("Ukraine (UKR)  ◀ filter"), "corpus-wide counts go under a filter")
  }

  func testCountryLabel_neverRepeatsACodeUsedAsTheName() {
    let corpus = Corpus(
      documents: [], actors: [Actor(id: "a1", name: "X", kind: .person, country: "USA")],
      countries: [Country(code: "USA", name: "USA")], places: [], times: [], quotes: [],
      events: [])
    let h = Harness(corpus: corpus)
    XCTAssertFalse(h.text.contains("USA (USA)"))
    XCTAssertTrue(h.text.contains("USA"))
  }
}

/// Records that share a name are one actor to the reader.
final class NamesakeTests: XCTestCase {
  /// The fixture with a second "Maria Lopez" record, credited with the minutes.
  private let corpus: Corpus = {
    let c = NewsFixture.corpus
    let twin = Actor(
      id: "a7", name: "MARIA LOPEZ", kind: .person, country: nil,
      mentions: [NewsFixture.span("d1", 4, "John Smithson")])
    var events = c.events
    events[4].actors = ["a7"]
    return Corpus(
      documents: c.documents, actors: c.actors + [twin], countries: c.countries, places: [],
      times: c.times, quotes: c.quotes, events: events)
  }()

  func testNamesakes_areListedOnceWithTheirCountsTogether() {
    let h = Harness(width: 160, height: 40, corpus: corpus)
    XCTAssertEqual(h.state.actorRows.count { $0 == .actor(0) || $0 == .actor(6) }, 1)
    XCTAssertTrue(h.text.contains("Maria Lopez, Envoy  3 mentions · 2 quotes"), h.text)
    XCTAssertTrue(h.text.contains("Actors (6)"))
    XCTAssertTrue(h.text.contains("of 6 actors"))
  }

  func testNamesakes_oneFilterCoversEveryRecordOfTheName() {
    let h = Harness(width: 160, height: 40, corpus: corpus)
    h.type(":actor Maria Lopez\n")
    XCTAssertEqual(h.state.filters.count, 1, "one name, not an ambiguity")
    XCTAssertEqual(h.state.view.events.map { corpus.events[$0].id }, ["e1", "e4", "e5"])
  }
}
