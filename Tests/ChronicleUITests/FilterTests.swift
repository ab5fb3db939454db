import ChronicleCore
import ChronicleUI
import XCTest

final class FilterTests: XCTestCase {
  func testFilter_actorCommandKeepsOnlyTheirEventsAndQuotes() {
    let h = Harness()
    h.type(":actor smith\n")
    XCTAssertEqual(h.state.filters, [.actor("a1")])
    XCTAssertTrue(h.text.contains("We are ready"))
    XCTAssertNil(h.roles(of: "fundamentally stalled", in: .quotes))
    XCTAssertTrue(h.text.contains("2 of 4 events"))
    XCTAssertTrue(h.text.contains("actor Alice Smith"))
  }

  func testFilter_stacksActorAndCountry() {
    let h = Harness()
    h.type(":actor Bob\n")
    XCTAssertEqual(h.state.view.events, [0, 2])
    h.type(":country usa\n")
    XCTAssertEqual(h.state.filters, [.actor("a2"), .country("USA")])
    XCTAssertEqual(h.state.view.events, [0], "only the event with Bob AND the United States")
    XCTAssertEqual(h.state.view.quotes, [])
    XCTAssertTrue(h.text.contains("1 of 4 events"))
    XCTAssertTrue(h.text.contains("actor Bob Jones + country United States (USA)"))
  }

  func testFilter_countryMatchesNameOrCode() {
    let h = Harness()
    h.type(":country Pakistan\n")
    XCTAssertEqual(h.state.filters, [.country("PAK")])
    h.press(.char("x"))
    h.type(":country chn\n")
    XCTAssertEqual(h.state.filters, [.country("CHN")])
    XCTAssertEqual(h.state.view.events, [3])
  }

  func testFilter_undoRestoresThePreviousStack() {
    let h = Harness()
    h.type(":actor Alice\n")
    h.type(":country USA\n")
    h.press(.char("u"))
    XCTAssertEqual(h.state.filters, [.actor("a1")])
    h.press(.char("u"))
    XCTAssertEqual(h.state.filters, [])
    h.press(.char("u"))
    XCTAssertTrue(h.text.contains("nothing to undo"))
  }

  func testFilter_clearRemovesAllAndCanBeUndone() {
    let h = Harness()
    h.type(":actor Alice\n")
    h.type(":country USA\n")
    h.press(.char("x"))
    XCTAssertEqual(h.state.filters, [])
    XCTAssertTrue(h.text.contains("fundamentally stalled"))
    h.press(.char("u"))
    XCTAssertEqual(h.state.filters, [.actor("a1"), .country("USA")])
    h.press(.char("x"))
    h.type(":clear\n")
    XCTAssertTrue(h.text.contains("no filters to clear"))
  }

  func testFilter_unknownNamesAreErrorsInTheStatusLine() {
    let h = Harness()
    h.type(":actor Nobody\n")
    XCTAssertEqual(h.state.filters, [])
    XCTAssertTrue(h.text.contains("no actor named 'Nobody'"))
    XCTAssertEqual(h.state.message?.isError, true)
    h.type(":country Atlantis\n")
    XCTAssertTrue(h.text.contains("no country 'Atlantis'"))
  }

  func testFilter_enterOnActorAndCountryHeaderAddsFilters() {
    let h = Harness()
    h.press(.char("2"))
    XCTAssertEqual(h.state.actorRows.first, .country("CHN"))
    h.press(.enter)
    XCTAssertEqual(h.state.filters, [.country("CHN")])
    h.press(.char("x"), .char("j"), .enter)
    XCTAssertEqual(h.state.filters, [.actor("a3")])
  }

  func testFilter_actorsPaneGroupsByCountryWithCounts() {
    let h = Harness()
    let text = h.text
    XCTAssertTrue(text.contains("China (CHN)"))
    XCTAssertTrue(text.contains("Pakistan (PAK)"))
    XCTAssertTrue(text.contains("Alice Smith, Envoy  2 mentions · 1 quote"), text)
  }

  func testFilter_exportWritesTheFilteredCorpus() throws {
    let h = Harness()
    let path = NSTemporaryDirectory() + "chronicle-export-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    h.type(":actor Zhang\n")
    h.type(":export \(path)\n")
    let json = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(
      json.contains("\"format\":\"chronicle/1\"") || json.contains("\"format\": \"chronicle/1\""))
    XCTAssertTrue(json.contains("\"e4\""))
    XCTAssertFalse(json.contains("\"e1\""))
    XCTAssertTrue(h.text.contains("exported 1 event,"))
  }

  func testFilter_exportFailureIsShown() {
    let h = Harness()
    h.type(":export /nonexistent-dir/out.json\n")
    XCTAssertTrue(h.text.contains("export failed"))
  }
}
