import ChronicleCore
import XCTest

/// Actors merged across documents: one actor per person whatever the order of the documents,
/// namesakes with different given names kept apart.
final class ActorMergeTests: XCTestCase {
  private func build(_ texts: [(String, String)]) -> Corpus {
    CorpusLoader().build(texts.map { SourceText(path: $0.0, text: $0.1) }).corpus
  }

  /// What an actor is, without ids or where its mentions are: comparable across runs.
  private func summary(_ corpus: Corpus) -> [String] {
    corpus.actors.map { a in
      "\(a.kind) \(a.name) | \(a.title ?? "-") | \(a.country ?? "-") | "
        + "\(a.aliases.sorted().joined(separator: ",")) | \(a.mentions.count)"
    }.sorted()
  }

  private let articles = [
    ("a.txt", "Secretary of State Marco Rubio met Hillary Clinton on Monday."),
    ("b.txt", "Rubio said the talks would go on. Bill Clinton said little."),
    ("c.txt", "M. Rubio, the American diplomat, spoke again. Hillary Rodham Clinton listened."),
  ]

  func testLoader_mergesActorsAcrossDocumentsButNotNamesakes() {
    let corpus = build(Array(articles.prefix(2)))
    let rubios = corpus.actors.filter { $0.name.hasSuffix("Rubio") }
    XCTAssertEqual(rubios.count, 1)
    XCTAssertEqual(Set(rubios[0].mentions.map(\.document)), ["d1", "d2"])
    XCTAssertEqual(Set(corpus.actors.filter { $0.name.hasSuffix("Clinton") }.map(\.name)),
                   ["Hillary Clinton", "Bill Clinton"])
  }

  func testLoader_joinsInitialsAndMiddleNamesToTheFullName() {
    let corpus = build(articles)
    XCTAssertEqual(corpus.actors.filter { $0.name.hasSuffix("Rubio") }.count, 1)
    let hillary = corpus.actors.filter { $0.name.hasPrefix("Hillary") }
    XCTAssertEqual(hillary.count, 1)
    XCTAssertEqual(hillary.first?.name, "Hillary Rodham Clinton")
  }

  /// The resolved actor takes the mentions of every cluster it joins ("Marco Rubio", "Rubio",
  /// "M. Rubio"), in corpus order.
  func testAMergedActor_keepsTheMentionsOfEveryClusterInCorpusOrder() {
    let rubios = build(articles).actors.filter { $0.name.hasSuffix("Rubio") }
    XCTAssertEqual(rubios.count, 1)
    let mentions = rubios.first?.mentions ?? []
    XCTAssertEqual(Set(mentions.map(\.document)), ["d1", "d2", "d3"])
    XCTAssertEqual(mentions, mentions.sorted())
  }

  func testLoader_givesTheSameActorsInAnyOrder() {
    let forward = summary(build(articles))
    XCTAssertEqual(summary(build(articles.reversed())), forward)
    XCTAssertEqual(summary(build([articles[1], articles[2], articles[0]])), forward)
  }

  func testLoader_identicalArticlesAddNoActors() {
    let once = build(articles)
    let copies = build((1...3).flatMap { copy in articles.map { ("\(copy)/\($0.0)", $0.1) } })
    XCTAssertEqual(copies.actors.map(\.name).sorted(), once.actors.map(\.name).sorted())
    XCTAssertEqual(
      copies.actors.map(\.mentions.count).reduce(0, +),
      3 * once.actors.map(\.mentions.count).reduce(0, +))
  }

  func testLoader_keepsFatherAndSonApart() {
    let corpus = build([
      ("a.txt", "Donald Trump Jr. spoke first."), ("b.txt", "Donald Trump spoke later."),
    ])
    XCTAssertEqual(
      Set(corpus.actors.filter { $0.kind == .person }.map(\.name)),
      ["Donald Trump Jr.", "Donald Trump"])
  }

  func testLoader_neverJoinsAPersonAndAnOrganisation() {
    let parts = [ActorKind.person, .organisation].enumerated().map { n, kind in
      Corpus(
        documents: [Document(id: "x", path: "\(n).txt", title: nil, published: nil, paragraphs: [])],
        actors: [Actor(id: "a1", name: "Marco Rubio", kind: kind)], countries: [], places: [],
        times: [], quotes: [], events: [])
    }
    XCTAssertEqual(CorpusMerger().merge(parts).actors.map(\.kind), [.person, .organisation])
  }
}

/// Partial names across documents: particles, curly apostrophes, a headline word before a
/// surname, a surname most of whose bearers are one person.
final class PartialNameMergeTests: XCTestCase {
  private func names(_ texts: [String]) -> [String] {
    let sources = texts.enumerated().map { SourceText(path: "\($0.offset).txt", text: $0.element) }
    return CorpusLoader().build(sources).corpus.actors.filter { $0.kind == .person }.map(\.name)
      .sorted()
  }

  func testParticlesAndApostrophes_joinTheFullName() {
    XCTAssertEqual(
      names(["Mayor Bill de Blasio spoke.", "De Blasio said no.", "O’Neill said yes.",
             "Commissioner James O'Neill agreed."]),
      ["Bill de Blasio", "James O'Neill"])
  }

  func testAShortGivenName_joinsTheFormalNameOfTheSamePerson() {
    XCTAssertEqual(
      names(["Leonard E. Burman, the director, spoke.", "Len Burman said no.",
             "Mike Tanner agreed.", "Michael Tanner said yes.", "Bill Tanner was silent."]),
      ["Bill Tanner", "Leonard E. Burman", "Michael Tanner"])
  }

  func testAShortGivenNameOfTwoFormalNames_staysApart() {
    XCTAssertEqual(
      names(["Christopher Lane spoke.", "Chris Lane said no."]), ["Chris Lane", "Christopher Lane"])
  }

  func testABareSurname_joinsTheNamesakeWhoFarOutweighsTheOthers() {
    let main = Array(repeating: "Hillary Clinton said yes. Clinton said it twice.", count: 4)
    let found = names(main + ["Chelsea Clinton spoke.", "Clinton said no."])
    XCTAssertEqual(found, ["Chelsea Clinton", "Hillary Clinton"])
  }

  func testAOneWordPerson_isTheOrganisationOfThatNameTheCorpusNamesMore() throws {
    let corpus = CorpusLoader().build([
      SourceText(
        path: "a.txt", text: "FactWire said the claim was false. FactWire added that it was old."),
      SourceText(path: "b.txt", text: "Factwire said the claim was false."),
    ]).corpus
    XCTAssertEqual(corpus.actors.map(\.name), ["FactWire"])
    XCTAssertEqual(corpus.actors.first?.kind, .organisation)
    XCTAssertEqual(corpus.actors.first?.mentions.count, 3)
  }

  func testAnAcronym_joinsTheOneOrganisationItsLettersSpellOut() throws {
    let corpus = CorpusLoader().build([
      SourceText(path: "a.txt", text: "The Harbour Safety Board said the pier was unsafe."),
      SourceText(path: "b.txt", text: "The HSB said the pier would reopen. The H.S.B. said more."),
      SourceText(path: "c.txt", text: "The PSA said it would wait."),
    ]).corpus
    let board = try XCTUnwrap(corpus.actors.first { $0.name == "Harbour Safety Board" })
    XCTAssertEqual(Set(board.aliases), ["HSB", "H.S.B."])
    XCTAssertEqual(board.mentions.count, 3)
    XCTAssertEqual(corpus.actors.map(\.name).sorted(), ["Harbour Safety Board", "PSA"])
  }

  func testANewspapersLastWord_joinsThePaperOfThatName() throws {
    let corpus = CorpusLoader().build([
      SourceText(path: "a.txt", text: "The Riverton Times said the pier was unsafe."),
      SourceText(path: "b.txt", text: "The Times said the pier would reopen."),
      SourceText(path: "c.txt", text: "The White House said it would wait. The House said no."),
    ]).corpus
    let paper = try XCTUnwrap(corpus.actors.first { $0.name == "Riverton Times" })
    XCTAssertEqual(paper.aliases, ["Times"])
    XCTAssertEqual(Set(paper.mentions.map(\.document)), ["d1", "d2"])
    XCTAssertNil(corpus.actors.first { $0.name == "White House" }?.aliases.first)
  }

  func testATitleCaseHeadlineReadAsAName_joinsThePersonItBeginsWith() {
    XCTAssertEqual(
      names(["Ann Roe Calls Bob Doe Wrong\n\nAnn Roe said the pier was unsafe.",
             "Ann Roe spoke again."]).filter { $0.hasPrefix("Ann") },
      ["Ann Roe"])
  }

  func testAThreeWordHeadlineReadAsAName_joinsThePersonItBeginsWith() {
    XCTAssertEqual(
      names(["Ann Roe Speaks\n\nAnn Roe said the pier was unsafe.", "Ann Roe spoke again."]),
      ["Ann Roe"])
    XCTAssertEqual(
      names(["The pier was shut.\n\nAnn Roe said so. Ann Roe Doe spoke later.", "Ann Roe agreed."]),
      ["Ann Roe", "Ann Roe Doe"])
  }

  func testABareSurname_staysApartWhenNamesakesWeighAlike() {
    let found = names(["Bill Clinton spoke.", "Hillary Clinton spoke.", "Clinton said no."])
    XCTAssertEqual(found, ["Bill Clinton", "Clinton", "Hillary Clinton"])
  }

  func testABareSurnameInADocument_goesToTheRelativeMentionedMost() {
    let text = """
      Sen. Ted Cruz spoke in Houston. Cruz thanked donors. His wife, Heidi Cruz, waved. \
      "We will win," Cruz said.
      """
    let corpus = CorpusLoader().build([SourceText(path: "a.txt", text: text)]).corpus
    let speaker = corpus.quotes.first?.speaker
    XCTAssertEqual(corpus.actors.first { $0.id == speaker }?.name, "Ted Cruz")
  }

  func testAGivenNameTheLexiconLacks_staysApartFromANamesake() {
    let main = Array(repeating: "Jimmy Roe said yes. Roe said it twice.", count: 4)
    let found = names(main + ["Defense Secretary Zorv Roe spoke. Roe said no."])
    XCTAssertEqual(found, ["Jimmy Roe", "Zorv Roe"])
  }

  func testAWordRunIntoASurnameInPassing_joinsTheFullName() {
    let main = Array(repeating: "Jimmy Roe said yes. Roe said it twice.", count: 4)
    XCTAssertEqual(names(main + ["Endorsed Roe spoke."]), ["Jimmy Roe"])
  }

  func testTwoNamesWithASuffix_areTwoPeople() {
    // "III" is the longest suffix: a family name is tested against the list by its length first.
    for suffix in ["Jr.", "III"] {
      let text = "Joseph F. Roe \(suffix) spoke. Joseph R. Doe \(suffix) said no. Roe said yes."
      let corpus = CorpusLoader().build([SourceText(path: "a.txt", text: text)]).corpus
      let roe = corpus.actors.first { $0.name == "Joseph F. Roe \(suffix)" }
      XCTAssertEqual(roe?.mentions.count, 2, suffix)
      let doe = corpus.actors.first { $0.name == "Joseph R. Doe \(suffix)" }
      XCTAssertEqual(doe?.mentions.count, 1, suffix)
    }
  }

  func testAFullNameWithoutTheSuffix_joinsItWhenOfficeAgreesAndNeverNamedApart() {
    XCTAssertEqual(
      names(["Vice President Joseph R. Roe Jr. spoke.", "Vice President Joseph Roe said no."]),
      ["Joseph R. Roe Jr."])
    XCTAssertEqual(
      names(["Joseph Roe Jr. spoke.", "President Joseph Roe said no."]),
      ["Joseph Roe", "Joseph Roe Jr."])
  }
}
