import ChronicleCore
import XCTest

/// Actors, countries and places on small texts of our own.
final class EntityExtractionTests: XCTestCase {
  private func extract(_ text: String, date: String = "2024-03-15") -> Corpus {
    CorpusLoader(dateOverride: CalendarDate(iso: date)).build([
      SourceText(path: "t.txt", text: text)
    ]).corpus
  }

  func testTitledPerson_getsTitleAndCountryFromDemonym() throws {
    let c = extract("Canadian Foreign Minister Amelia Novak arrived in Oslo. Novak said talks would go on.")
    let a = try XCTUnwrap(c.actors.first { $0.name == "Amelia Novak" })
    XCTAssertEqual(a.title, "Foreign Minister")
    XCTAssertEqual(a.country, "CAN")
    XCTAssertEqual(a.mentions.count, 2)
    XCTAssertTrue(c.places.contains { $0.name == "Oslo" && $0.country == "NOR" })
  }

  func testPronoun_resolvesToLastFittingPerson() throws {
    let c = extract("Senator Maria Lopez met Governor Tom Baker. She said the budget was fair.")
    let lopez = try XCTUnwrap(c.actors.first { $0.name == "Maria Lopez" })
    let quote = try XCTUnwrap(c.quotes.first)
    XCTAssertEqual(quote.speaker, lopez.id)
    XCTAssertEqual(quote.text, "the budget was fair")
  }

  func testCapitalisedSentenceStarts_areNotPeople() {
    let c = extract("Meanwhile the markets fell. Highlighting the risk, analysts warned of more losses.")
    XCTAssertTrue(c.actors.filter { $0.kind == .person }.isEmpty, "\(c.actors.map(\.name))")
  }

  func testContractionsOpeningASentence_areNotPeople() {
    let c = extract(
      "Mayor Tess Varga spoke. “I’m not leaving,” she said. I'd call that brave. We’ll see. "
        + "They've heard it before. Don't expect more. Sa'd Karimi, an engineer, agreed.")
    XCTAssertEqual(c.actors.filter { $0.kind == .person }.map(\.name), ["Tess Varga", "Sa'd Karimi"])
  }

  func testCountryForms_mapToISOCodes() {
    let c = extract("The U.S. and Britain spoke with German and South Korean envoys about the UK.")
    XCTAssertEqual(Set(c.countries.map(\.code)), ["USA", "GBR", "DEU", "KOR"])
  }

  func testLowercaseUs_isNotTheUnitedStates() {
    XCTAssertTrue(extract("Join us at the square tomorrow.").countries.isEmpty)
  }

  func testOrganisation_asSpeaker() throws {
    let c = extract("The ministry has not commented. The Daily Herald reported that the deal was off.")
    let quote = try XCTUnwrap(c.quotes.first)
    XCTAssertEqual(quote.speaker.flatMap { c.actor($0)?.name }, "Daily Herald")
  }

  func testDirectQuote_withoutSpeaker_keepsNullSpeaker() throws {
    let c = extract("\u{201C}We will rebuild every bridge,\u{201D} read a banner over the road.")
    let quote = try XCTUnwrap(c.quotes.first { $0.kind == .direct })
    XCTAssertNil(quote.speaker)
    XCTAssertEqual(quote.text, "We will rebuild every bridge")
  }

  func testScareQuotes_areNotQuotes() {
    let c = extract("The so-called \"peace dividend\" never came.")
    XCTAssertTrue(c.quotes.isEmpty)
  }

  func testSpeakerAfterQuote_withTitleAndWeekday() throws {
    let c = extract("\"The harbour must stay open to every ship,\" Mayor Ines Duarte said on Tuesday.")
    let duarte = try XCTUnwrap(c.actors.first { $0.name == "Ines Duarte" })
    XCTAssertEqual(duarte.title, "Mayor")
    let direct = try XCTUnwrap(c.quotes.first { $0.kind == .direct })
    XCTAssertEqual(direct.speaker, duarte.id)
    XCTAssertEqual(direct.text, "The harbour must stay open to every ship")
    XCTAssertEqual(c.times.first?.value, "2024-03-12")
    XCTAssertEqual(c.events.first?.actors, [duarte.id])
  }

  func testDottedAcronym_staysOneName() throws {
    let c = extract("The F.B.I. said on Tuesday that the inquiry into the harbour fire was closed.")
    XCTAssertEqual(c.actors.map(\.name), ["F.B.I."])
    let quote = try XCTUnwrap(c.quotes.first)
    XCTAssertEqual(quote.speaker.flatMap { c.actor($0)?.name }, "F.B.I.")
  }

  func testHeadlineSurname_isTheActorTheArticleNamesLater() throws {
    let c = extract(
      """
      ---
      title: Novak on the Pipeline: Talks Are Over
      ---

      Novak on the Pipeline: Talks Are Over.

      Senator Amelia Novak said on Monday that the pipeline deal was dead.
      """)
    let novak = try XCTUnwrap(c.actors.first { $0.name == "Amelia Novak" })
    XCTAssertEqual(novak.mentions.map(\.paragraph), [0, 1])
    XCTAssertEqual(novak.mentions.first?.start, 0)
    XCTAssertEqual(c.actors.filter { $0.name.contains("Novak") }.count, 1)
  }

  func testFirstParagraph_thatIsNoHeadline_isReadOnce() throws {
    let c = extract(
      """
      ---
      title: A quiet week at the port
      ---

      Novak arrived late.

      Senator Amelia Novak said on Monday that the pipeline deal was dead.
      """)
    let novak = try XCTUnwrap(c.actors.first { $0.name == "Amelia Novak" })
    XCTAssertEqual(novak.mentions.map(\.paragraph), [1])
  }

  func testApposition_belongsToThePersonsMention() throws {
    let text = "Jane Roe, head of the Harbour Policy Institute, said the port would close."
    let c = extract(text)
    let roe = try XCTUnwrap(c.actors.first { $0.name == "Jane Roe" })
    let mention = try XCTUnwrap(roe.mentions.first)
    XCTAssertEqual(
      String(text.unicodeScalars.dropFirst(mention.start).prefix(mention.end - mention.start)),
      "Jane Roe, head of the Harbour Policy Institute")
    XCTAssertTrue(
      c.actors.contains { $0.name == "Harbour Policy Institute" && $0.kind == .organisation })
    XCTAssertEqual(c.quotes.first?.speaker, roe.id)
  }

  func testAge_andTheAppositionAfterIt_belongToThePersonsMention() throws {
    let text = "Tom Baker, 56, who chairs the Harbour Board, said the port would close."
    let baker = try XCTUnwrap(extract(text).actors.first { $0.name == "Tom Baker" })
    let mention = try XCTUnwrap(baker.mentions.first)
    XCTAssertEqual(
      String(text.unicodeScalars.dropFirst(mention.start).prefix(mention.end - mention.start)),
      "Tom Baker, 56, who chairs the Harbour Board")
  }

  func testList_isNoApposition() throws {
    let c = extract("Jane Roe, Tom Baker and Ana Diaz said the port would close.")
    let roe = try XCTUnwrap(c.actors.first { $0.name == "Jane Roe" })
    XCTAssertEqual(roe.mentions.map { $0.end - $0.start }, [8])
  }

  private func mentionTexts(of name: String, in text: String) throws -> [String] {
    let actor = try XCTUnwrap(extract(text).actors.first { $0.name == name })
    return actor.mentions.map {
      String(text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start))
    }
  }

  func testLongApposition_belongsToThePersonsMention() throws {
    let text = """
      "It will not pass," said Ann Roe, a lawyer who served as counsel to the Harbour Board \
      and is now a partner at the Roe Institute for Port Policy.
      """
    XCTAssertEqual(
      try mentionTexts(of: "Ann Roe", in: text),
      [
        "Ann Roe, a lawyer who served as counsel to the Harbour Board and is now a partner at the "
          + "Roe Institute for Port Policy"
      ])
  }

  func testAppositionAfterAPartyLabel_belongsToThePersonsMention() throws {
    let text = "Rep. Ann Roe (D-Vt.), head of the Harbour Caucus, said the port would close."
    XCTAssertEqual(
      try mentionTexts(of: "Ann Roe", in: text),
      ["Rep. Ann Roe (D-Vt.), head of the Harbour Caucus"])
  }

  /// A party label before a full name that no speech verb follows: the name is still a
  /// person, and the pronoun after it is hers.
  func testPartyLabelBeforeAFullName_isAPersonWithoutASpeechVerb() throws {
    let c = extract("Democrat Ann Roe took a swipe at the port plan. “It is a folly,” she told reporters.")
    let roe = try XCTUnwrap(c.actors.first { $0.name == "Ann Roe" })
    XCTAssertEqual(c.quotes.first { $0.kind == .direct }?.speaker, roe.id)
  }

  func testClauseAfterAComma_isNoApposition() throws {
    let text = "After a meeting with Ann Roe, the Harbour Board announced that the port would close."
    XCTAssertEqual(try mentionTexts(of: "Ann Roe", in: text), ["Ann Roe"])
  }

  func testOrganisationInATitle_belongsToThePersonsMention() throws {
    let text = "Harbour Supreme Court Justice Frank Roe rejected the request on Monday."
    XCTAssertEqual(
      try mentionTexts(of: "Frank Roe", in: text), ["Supreme Court Justice Frank Roe"])
    XCTAssertFalse(extract(text).actors.contains { $0.name == "Supreme Court" })
  }

  func testADescriptionSureOfItsPerson_isAMentionOfThem() throws {
    let text = """
      Jane Roe won the primary. Roe thanked Tom Doe, a donor. The Harbour Party nominee \
      said the port would stay open. The Harbour governor was not there.
      """
    XCTAssertEqual(
      try mentionTexts(of: "Jane Roe", in: text), ["Jane Roe", "Roe", "The Harbour Party nominee"])
    XCTAssertEqual(try mentionTexts(of: "Tom Doe", in: text), ["Tom Doe, a donor"])
  }

  func testLowerCaseTitleBeforeAName_belongsToThePersonsMention() throws {
    let text = "Jane Roe’s campaign manager Tom Okafor said the plan would work."
    XCTAssertEqual(try mentionTexts(of: "Tom Okafor", in: text), ["campaign manager Tom Okafor"])
    XCTAssertEqual(try mentionTexts(of: "Jane Roe", in: text), ["Jane Roe"])
  }

  func testAHeadlineTitleBeforeAVerb_isTheArticlesOneHolderOfThatRole() throws {
    let text = """
      ---
      title: Retired General Reveals Troubling Experience
      ---

      Retired General Reveals Troubling Experience.

      Retired Army Gen. Walter Brand is speaking out ahead of the vote.

      "It was demoralizing," Brand said.
      """
    let c = extract(text)
    XCTAssertEqual(c.actors.map(\.name), ["Walter Brand"])
    let brand = try XCTUnwrap(c.actors.first)
    XCTAssertEqual(brand.mentions.first?.paragraph, 0)
    XCTAssertEqual(brand.mentions.first.map { $0.end - $0.start }, "Retired General".count)
  }

  func testAHeadlinesDoctor_isTheArticlesDoctorNamedWithTheHonorific() throws {
    let c = extract(
      """
      ---
      title: Clinic Hid Problems, Former Harbour Doctor Says
      ---

      Clinic Hid Problems, Former Harbour Doctor Says.

      Dr. Anna Verdi said that in 1998 the clinic hid the problem.
      """)
    let verdi = try XCTUnwrap(c.actors.first { $0.name == "Anna Verdi" })
    XCTAssertEqual(verdi.mentions.map(\.paragraph), [0, 1])
    XCTAssertEqual(verdi.title, nil)
  }

  func testAnOrganisationQualifyingANamelessRole_isNoMentionOfIt() {
    let c = extract("The Harbour Party presidential nominee argued that the port should stay open.")
    XCTAssertFalse(c.actors.contains { $0.name == "Harbour Party" }, "\(c.actors.map(\.name))")
    // A known organisation's official speaks for it; an unknown one's is an unnamed source
    // ("a Harbour Party official", UnnamedSourceTests).
    let spoken = extract("A Pentagon official said that the port should stay open.")
    XCTAssertTrue(spoken.actors.contains { $0.name == "Pentagon" }, "\(spoken.actors.map(\.name))")
  }

  func testAnOrganisationAfterTheArticle_keepsItsOfPhrase() {
    let c = extract(
      """
      A quarter of the pilots are new, according to the Federal Bureau of Harbours. In a \
      statement, the Association of Harbour Pilots called the plan “a disaster.” Most ships are \
      late, according to the HPCA.
      """)
    let organisations = Set(c.actors.filter { $0.kind == .organisation }.map(\.name))
    XCTAssertEqual(
      organisations, ["Federal Bureau of Harbours", "Association of Harbour Pilots", "HPCA"])
  }

  func testAPaperNamedInShort_isThePaperTheArticleNamed() throws {
    let text = "The Harbour Post reported that the mayor had left. The Post has learned that she fled."
    XCTAssertEqual(try mentionTexts(of: "Harbour Post", in: text), ["Harbour Post", "Post"])
  }

  func testAHeadlinesJudge_isTheArticlesJustice() throws {
    let c = extract(
      """
      ---
      title: Judge rejects paper's request
      ---

      Judge rejects paper's request.

      Harbour Supreme Court Justice Frank Roe rejected the request on Monday.
      """)
    let roe = try XCTUnwrap(c.actors.first { $0.name == "Frank Roe" })
    XCTAssertEqual(roe.mentions.map(\.paragraph), [0, 1])
  }

  func testAnOrganisationNamedAfterItsLeader_isMentionedInsteadOfThem() throws {
    let text = """
      Jane Roe spoke in Ohio. The Roe campaign said the ad would air on Monday. Roe’s \
      campaign has asked for a recount. Roe campaign manager Tom Doe declined to comment.
      """
    let c = extract(text)
    let campaign = try XCTUnwrap(c.actors.first { $0.name == "Roe campaign" })
    XCTAssertEqual(campaign.kind, .organisation)
    XCTAssertEqual(try mentionTexts(of: "Roe campaign", in: text), ["Roe campaign", "Roe’s campaign"])
    XCTAssertEqual(try mentionTexts(of: "Jane Roe", in: text), ["Jane Roe", "Roe"])
    XCTAssertEqual(c.quotes.first?.speaker, campaign.id)
  }

  func testALeadersOrganisation_beforeTheLeaderIsNamed() throws {
    let text = """
      The Doe campaign said the ad would air on Monday. Tom Okafor’s campaign has asked for a \
      recount, and Okafor said it was owed. The Ohio campaign was long.
      """
    let c = extract(text)
    XCTAssertEqual(
      Set(c.actors.filter { $0.kind == .organisation }.map(\.name)), ["Doe campaign", "Okafor campaign"])
    XCTAssertEqual(try mentionTexts(of: "Tom Okafor", in: text), ["Okafor"])
  }

  func testABareSurname_goesToTheRelativeWhoseNameTheStoryRepeats() throws {
    let text = """
      Jane Roe announced a plan. Jane Roe defended it. The Roe campaign backed it. The Roe \
      campaign said it would pass. The Roe campaign said so again. Tom Roe praised it. Tom Roe \
      agreed. Tom Roe voted. Roe said the plan would pass.
      """
    let c = extract(text)
    let jane = try XCTUnwrap(c.actors.first { $0.name == "Jane Roe" })
    XCTAssertEqual(c.quotes.last?.speaker, jane.id, "\(c.quotes.map(\.text))")
  }

  func testTimeWordsBeforeTheVerb_andAPlacesPolice() {
    let c = extract(
      """
      Harbour Freight just this month announced it would close. Tulsa police said the road was \
      closed.
      """)
    XCTAssertEqual(Set(c.actors.map(\.name)), ["Harbour Freight", "Tulsa police"])
    XCTAssertEqual(c.actors.first { $0.name == "Tulsa police" }?.kind, .organisation)
    XCTAssertTrue(c.places.contains { $0.name == "Tulsa" })
  }
}
