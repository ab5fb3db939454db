import ChronicleCore
import XCTest

/// A country that speaks is its government, an organisation; a country that is only talked
/// about stays a place.
final class SpeakingCountryTests: XCTestCase {
  private func corpus(_ texts: [String]) -> Corpus {
    CorpusLoader().build(
      texts.enumerated().map { SourceText(path: "a\($0.offset).txt", text: $0.element) }
    ).corpus
  }

  func testACountryAsTheSubjectOfASpeechVerb_speaksForItsGovernment() {
    XCTAssertEqual(
      directQuotes(["“We will not bend,” Russia insisted on Monday."]),
      ["Russia: We will not bend"])
    let found = corpus(["The latest test, North Korea said, was its largest yet."])
    XCTAssertEqual(found.actors.map(\.name), ["North Korea"])
    XCTAssertEqual(found.actors.first?.kind, .organisation)
    XCTAssertEqual(found.actors.first?.country, "PRK")
  }

  func testACountryWithAnApposition_speaksForItsGovernment() {
    let found = corpus([
      "Even Japan, the region's largest economy and its main lender, said it was opposed to the test."
    ])
    XCTAssertEqual(found.actors.map(\.name), ["Japan"])
    XCTAssertEqual(found.actors.first?.kind, .organisation)
  }

  func testOneGovernmentPerCountryAcrossTheCorpus_namedAsTheCountry() {
    let found = corpus([
      "Japan said the tariffs were unfair. Trade with Japan grew.",
      "“The talks are over,” said Japan.",
      "The U.S. said it would respond within a week.",
      "The rules are strict, according to the United States.",
    ])
    let japan = found.actors.filter { $0.name == "Japan" }
    XCTAssertEqual(japan.count, 1)
    XCTAssertEqual(japan.first?.mentions.count, 2, "only the mentions where Japan speaks")
    let america = found.actors.filter { $0.country == "USA" }
    XCTAssertEqual(america.map(\.name), ["United States"])
    XCTAssertEqual(america.first?.kind, .organisation)
    XCTAssertTrue(america.first?.aliases.contains("U.S.") ?? false)
    XCTAssertEqual(america.first?.mentions.count, 2)
  }

  func testACountryThatDoesNotSpeak_staysAPlace() {
    let found = corpus([
      "Officials in Russia said the talks had failed.",
      "Jane Roe said Britain would leave the bloc.",
      "Exports grew, according to U.S. customs records.",
      "Jane Roe told Germany’s largest paper that she would run.",
      "Pro-Israel Groups Refuse To Meet.",
      "Taiwan has claims in the sea, and the U.S. added 200,000 jobs in May.",
      "The talks are about how Mexico responds to the tariffs.",
    ])
    XCTAssertEqual(found.actors.map(\.name), ["Jane Roe"])
    XCTAssertEqual(
      Set(found.countries.map(\.code)), ["RUS", "GBR", "USA", "DEU", "ISR", "TWN", "MEX"])
  }

  func testAHeadlineNamingTheCountry_isNoMentionOfItsGovernment() {
    let found = corpus(["Peace Talks With Russia Stall\n\nRussia said the talks had stalled."])
    XCTAssertEqual(found.actors.map(\.name), ["Russia"])
    XCTAssertEqual(found.actors.first?.mentions.count, 1)
  }
}
