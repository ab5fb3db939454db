import ChronicleCore
import Foundation
import XCTest

/// An event takes the date of the sentence before only when it continues that story, and says
/// so in the model and the JSON.
final class EventInheritanceTests: XCTestCase {
  func testContinuingQuote_inheritsTheDateAndIsMarked() throws {
    let corpus = extract(
      "Ann Lee met the mayor on Monday. \"We agreed on the budget,\" she said.",
      published: "2025-05-09")
    XCTAssertEqual(corpus.events.count, 2)
    XCTAssertEqual(corpus.events[1].time, corpus.events[0].time)
    XCTAssertFalse(corpus.events[0].inherited)
    XCTAssertTrue(corpus.events[1].inherited)
    let json = CorpusJSON.encode(corpus)
    XCTAssertEqual(json.components(separatedBy: "\"inherited\":true").count - 1, 1, json)
    let decoded = try CorpusDecoder.decode(Data(json.utf8))
    XCTAssertEqual(decoded.events.map(\.inherited), [false, true])
  }

  func testNewSubject_startsAnotherStoryWithoutADate() {
    let corpus = extract(
      "He was convicted on May 3, 1989. A poll shows \"strong support\" for him, Bob Day said.",
      published: "2025-05-09")
    XCTAssertEqual(corpus.events.count, 2)
    XCTAssertNotNil(corpus.events[0].time)
    XCTAssertNil(corpus.events[1].time, "the poll is not dated 1989")
    XCTAssertFalse(corpus.events[1].inherited)
  }

  func testStoryBreak_stopsTheChain() {
    let corpus = extract(
      "Ann Lee met the mayor on Monday. Critics were unmoved. \"It changes nothing,\" she said.",
      published: "2025-05-09")
    XCTAssertEqual(corpus.events.last?.time, nil, "an undated new-subject sentence ends the story")
  }
}
