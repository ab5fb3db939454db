import ChronicleCore
import XCTest

/// Speakers the text describes without naming ("a senior Roe adviser said"): the description
/// is the speaker, an actor of its own that is never merged with another (issue 13).
final class UnnamedSourceTests: XCTestCase {
  func testADescriptionBeforeItsVerbSpeaks_notTheNameInsideIt() {
    XCTAssertEqual(
      directQuotes([
        "Greta Halvorsen spoke in Dunmore on Monday.",
        "“The plan is dead,” a senior Halvorsen adviser said. “Nobody wants it.”",
      ]),
      ["a senior Halvorsen adviser: The plan is dead", "a senior Halvorsen adviser: Nobody wants it"])
  }

  func testADescriptionAfterAnInvertedVerbOrAccordingTo() {
    XCTAssertEqual(
      directQuotes(["“We will carry the county,” said one Ashford County Democrat."]),
      ["one Ashford County Democrat: We will carry the county"])
    XCTAssertEqual(
      directQuotes(["The deal is “all but done,” according to a person close to the Maddox family."]),
      ["a person close to the Maddox family: all but done"])
    XCTAssertEqual(
      directQuotes(["“They are in a frenzy,” said one Liberal source on the panel."]),
      ["one Liberal source on the panel: They are in a frenzy"])
  }

  func testADescriptionWithARelativeClauseSpeaks() {
    XCTAssertEqual(
      directQuotes(["“It was a disaster,” a delegate who asked not to be named said."]),
      ["a delegate who asked not to be named: It was a disaster"])
    XCTAssertEqual(
      directQuotes(["“It was a disaster,” a senior official, who asked not to be named, said."]),
      ["a senior official: It was a disaster"])
  }

  func testADescriptionThatIsNoSubjectDoesNotSpeak() {
    // An apposition of a name: the name speaks.
    XCTAssertEqual(
      directQuotes(["“We are ready,” Ilse Maren, a Democrat, said."]),
      ["Ilse Maren: We are ready"])
    // The object of a preposition, and a group rather than a person.
    XCTAssertEqual(
      directQuotes(["Orla Vint rejected a suit filed by a former aide, calling it “baseless.”"]),
      ["Orla Vint: baseless"])
    // A spokesperson of a known name speaks for it.
    XCTAssertEqual(
      directQuotes(["Norvex said on Monday it acted. “The rules are clear,” a Norvex spokesman said."]),
      ["Norvex: The rules are clear"])
  }

  private func build(_ texts: [(String, String)]) -> Corpus {
    CorpusLoader().build(texts.map { SourceText(path: $0.0, text: $0.1) }).corpus
  }

  func testTheSameDescriptionInTwoArticles_isTwoActorsWithoutACountry() {
    let articles = [
      ("a.txt", "“The talks failed,” a senior official said. Ada Prynne of France agreed.\n"),
      ("b.txt", "“The vote is close,” a senior official said on Friday.\n"),
    ]
    let corpus = build(articles)
    let described = corpus.actors.filter { $0.name == "a senior official" }
    XCTAssertEqual(described.count, 2, "\(corpus.actors.map(\.name))")
    XCTAssertTrue(described.allSatisfy { $0.isDescription && $0.kind == .person && $0.country == nil })
    XCTAssertEqual(Set(described.flatMap { $0.mentions.map(\.document) }), ["d1", "d2"])
    XCTAssertFalse(corpus.actors.first { $0.name == "Ada Prynne" }?.isDescription ?? true)
    // A copy of an article is the same article: it adds no actor.
    let copies = build(articles + articles.map { ("copy-" + $0.0, $0.1) })
    XCTAssertEqual(copies.actors.filter(\.isDescription).count, 2)
  }

  func testADescriptionTakesNoMentionOfTheNamedPerson() {
    let corpus = build([
      ("a.txt", "Tomas Brandt spoke in Ulm. “The vote is lost,” a Brandt aide said. Brandt smiled.\n")
    ])
    let brandt = corpus.actors.first { $0.name == "Tomas Brandt" }
    XCTAssertEqual(brandt?.mentions.count, 2)
    XCTAssertEqual(corpus.actors.filter(\.isDescription).map(\.name), ["a Brandt aide"])
  }
}
