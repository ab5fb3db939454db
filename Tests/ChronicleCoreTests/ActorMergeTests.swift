import ChronicleCore
import XCTest

/// Actors merged across documents: conservative, so two people who share a surname stay apart.
final class ActorMergeTests: XCTestCase {
  private func person(_ name: String, country: String? = nil, aliases: [String] = []) -> Actor {
    Actor(id: "x", name: name, kind: .person, country: country, aliases: aliases)
  }

  func testSameActor_joinsSurnameInitialAndFullName() {
    XCTAssertTrue(ActorIdentity.sameActor(person("Marco Rubio"), person("M. Rubio")))
    XCTAssertTrue(ActorIdentity.sameActor(person("Marco Rubio", country: "USA"), person("Rubio")))
  }

  func testSameActor_keepsDifferentFirstNamesAndCountriesApart() {
    XCTAssertFalse(ActorIdentity.sameActor(person("Hillary Clinton"), person("Bill Clinton")))
    XCTAssertFalse(
      ActorIdentity.sameActor(person("Ana Silva", country: "BRA"), person("Ana Silva", country: "PRT")))
    // The same name joins when the countries do not disagree.
    XCTAssertTrue(ActorIdentity.sameActor(person("Lund"), person("Lund", country: "NOR")))
  }

  func testSameActor_neverJoinsAPersonAndAnOrganisation() {
    let org = Actor(id: "o", name: "Marco Rubio", kind: .organisation)
    XCTAssertFalse(ActorIdentity.sameActor(person("Marco Rubio"), org))
  }

  func testLoader_mergesActorsAcrossDocumentsButNotNamesakes() {
    let sources = [
      SourceText(path: "a.txt", text: "Secretary of State Marco Rubio met Hillary Clinton on Monday."),
      SourceText(path: "b.txt", text: "Rubio said the talks would go on. Bill Clinton said little."),
    ]
    let corpus = CorpusLoader().build(sources).corpus
    let rubios = corpus.actors.filter { $0.name.hasSuffix("Rubio") }
    XCTAssertEqual(rubios.count, 1)
    XCTAssertEqual(Set(rubios[0].mentions.map(\.document)), ["d1", "d2"])
    XCTAssertEqual(Set(corpus.actors.filter { $0.name.hasSuffix("Clinton") }.map(\.name)),
                   ["Hillary Clinton", "Bill Clinton"])
  }
}
