import ChronicleCore
import XCTest

/// An actor's country comes from what modifies the actor, never from a country its sentence
/// merely names.
final class ActorCountryTests: XCTestCase {
  private func countries(_ texts: [String]) -> [String: String] {
    let sources = texts.enumerated().map { SourceText(path: "\($0.offset).txt", text: $0.element) }
    let actors = CorpusLoader().build(sources).corpus.actors
    return Dictionary(actors.map { ($0.name, $0.country ?? "-") }, uniquingKeysWith: { a, _ in a })
  }

  func testPartyWordsAndLabels_placeAPerson() {
    let found = countries([
      "Republican presidential nominee Jane Doe spoke in Ohio.",
      "Rep. Adam Schiff (D-Calif.) said the report was late.",
      "The American diplomat John Roe arrived.",
    ])
    XCTAssertEqual(found["Jane Doe"], "USA")
    XCTAssertEqual(found["Adam Schiff"], "USA")
    XCTAssertEqual(found["John Roe"], "USA", "American is the United States, not the Mariana Islands")
  }

  func testACountryTheSentenceNames_doesNotPlaceThePerson() {
    let found = countries(["In Cuba, Senator Mary Major said the talks with China failed."])
    XCTAssertEqual(found["Mary Major"], "-")
  }

  func testAnUnplacedPerson_takesTheCountryMostOfTheCorpusGives() {
    let found = countries([
      "Russian President Ivan Petrov met Anna Schmidt. Schmidt said little.",
      "Republican Senator Jane Doe spoke. Democratic Senator Mary Major agreed.",
    ])
    XCTAssertEqual(found["Ivan Petrov"], "RUS")
    XCTAssertEqual(found["Anna Schmidt"], "USA")
  }

  func testAFirstNameOrSurnameThatIsAPlace_givesNoCountry() {
    let found = countries(["Chad Pergram said the vote was close. Thomas Mann said no."])
    XCTAssertEqual(found["Chad Pergram"], "-")
    XCTAssertEqual(found["Thomas Mann"], "-")
  }

  func testAnAppositionAfterAKnownName_placesThePerson() {
    let found = countries([
      "Republican Senator Jane Doe spoke. Democratic Senator Mary Major agreed.",
      "Secretary General Ryu Da-hoon spoke first. Ryu, a diplomat from South Korea, leaves in May.",
    ])
    XCTAssertEqual(found["Ryu Da-hoon"], "KOR")
  }
}
