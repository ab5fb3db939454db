import ChronicleCore
import XCTest

/// Which actors are organisations: one-word names written the way organisations write theirs.
final class ActorKindTests: XCTestCase {
  private func kinds(_ text: String) -> [String: ActorKind] {
    let actors = CorpusLoader().build([SourceText(path: "a.txt", text: text)]).corpus.actors
    return Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
  }

  func testAcronymsAndInnerCapitals_areOrganisations() {
    let found = kinds("The claim was false, PolitiFact said. NAACP said it would sue. Moon said no.")
    XCTAssertEqual(found["PolitiFact"], .organisation)
    XCTAssertEqual(found["NAACP"], .organisation)
    XCTAssertEqual(found["Moon"], .person)
  }

  func testANameAfterTheArticle_isAnOrganisation() {
    let found = kinds("The vote was close, the Daily Beast reported. Jane Doe said it was not.")
    XCTAssertEqual(found["Daily Beast"], .organisation)
    XCTAssertEqual(found["Jane Doe"], .person)
  }

  func testANewspaperEndingInAnOrdinaryWordAfterTheArticle_isAnOrganisation() {
    let found = kinds(
      "The Harbour Courier printed the letter. The pier was unsafe, Ann Roe said, according to "
        + "the Canadian Star. Helen Sun said it was not. The Star praised the Sun.")
    XCTAssertEqual(found["Harbour Courier"], .organisation)
    XCTAssertEqual(found["Canadian Star"], .organisation)
    XCTAssertEqual(found["Helen Sun"], .person)
    XCTAssertNil(found["Sun"])
  }

  func testAnIndefinitePronounOpeningASentence_isNoPartOfAName() {
    let found = kinds("Jane Roe spoke. Everything Roe says is true, Tom Doe said.")
    XCTAssertEqual(Set(found.keys), ["Jane Roe", "Tom Doe"])
  }

  func testAPoliticalActionCommittee_isAnOrganisation() {
    let found = kinds("Jane Roe spoke. Harbour Values PAC said it would run ads.")
    XCTAssertEqual(found["Harbour Values PAC"], .organisation)
    XCTAssertEqual(found["Jane Roe"], .person)
  }

  func testPluralNounsOpeningASentence_areNoActors() {
    let found = kinds("Observers said the count was slow. Additional reporting by Jane Doe.")
    XCTAssertEqual(Set(found.keys), ["Jane Doe"])
  }

  func testATranscriptLabelInCapitals_isAPerson() {
    let found = kinds("""
      Partial transcript as follows:

      ROE: Let us start with the budget.

      DOE: The budget is fine.
      """)
    XCTAssertEqual(found["ROE"], .person)
    XCTAssertEqual(found["DOE"], .person)
  }
}
