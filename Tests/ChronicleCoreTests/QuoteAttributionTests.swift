import ChronicleCore
import XCTest

/// Extracts paragraphs (one string each) through the public path and returns the corpus.
func extractQuotes(_ paragraphs: [String]) -> Corpus {
  let document = Document(
    id: "d1", path: "test.txt", title: nil, published: CalendarDate(iso: "2024-03-08"),
    paragraphs: paragraphs.enumerated().map { Paragraph(index: $0, kind: .text, text: $1) })
  return DocumentExtractor().extract(document)
}

/// "speaker-name: quoted text" for each quote of `kind`, in order; "-" for no speaker.
func quotes(_ kind: QuoteKind, in paragraphs: [String]) -> [String] {
  let corpus = extractQuotes(paragraphs)
  return corpus.quotes.filter { $0.kind == kind }.map {
    "\($0.speaker.flatMap { corpus.actor($0)?.name } ?? "-"): \($0.text)"
  }
}

func directQuotes(_ paragraphs: [String]) -> [String] { quotes(.direct, in: paragraphs) }

/// The reported speech (indirect quotes) of a one-paragraph text, as `quotes` shows them.
func indirect(_ text: String) -> [String] { quotes(.indirect, in: [text]) }

/// Regression tests for speaker attribution of direct quotes, one per error class found on
/// the development set, written with invented sentences.
final class QuoteAttributionTests: XCTestCase {
  func testSpeakerAfterTheQuote() {
    XCTAssertEqual(
      directQuotes(["“We will rebuild the bridge,” said Ellen Marsh, the mayor of the town."]),
      ["Ellen Marsh: We will rebuild the bridge"])
    XCTAssertEqual(
      directQuotes(["“The budget is balanced at last,” Tobias Wren said on Monday."]),
      ["Tobias Wren: The budget is balanced at last"])
  }

  /// A role description ("the Vermont senator") earlier in the paragraph shifts the mention
  /// positions; the speaker after the quote must still be the name there.
  func testSpeakerAfterTheQuote_withARoleDescriptionBeforeIt() {
    XCTAssertEqual(
      directQuotes([
        "Senator Ada Quill spoke on Monday.",
        "The Vermont senator left early. “I think frankly the plan is finished,” says Maren Holt, "
          + "a scholar who has written about the region. “These plans never come back.”",
      ]),
      ["Maren Holt: I think frankly the plan is finished", "Maren Holt: These plans never come back"])
  }

  func testTitleBetweenVerbAndName() {
    XCTAssertEqual(
      directQuotes(["“This is a sad day for the state,” said Rep. Orla Penwick (D-Md.)."]),
      ["Orla Penwick: This is a sad day for the state"])
    XCTAssertEqual(
      directQuotes(["“We kept every promise we made,” said the Rev. Amos Tilley of Dayton."]),
      ["Amos Tilley: We kept every promise we made"])
  }

  func testHonorificBeforeNameThatIsAlsoATitle() {
    XCTAssertEqual(
      directQuotes(["“I have never missed a show in my life,” Mr. King said."]),
      ["King: I have never missed a show in my life"])
  }

  func testSpeakerBeforeVerbPastAppositions() {
    XCTAssertEqual(
      directQuotes([
        "“It is an overreach by the agency,” Dana Quill, the attorney general of Utah, one of the states in the suit, said."
      ]),
      ["Dana Quill: It is an overreach by the agency"])
    XCTAssertEqual(
      directQuotes(["“Nobody told us anything about the plan,” Quina Brell, 25, said."]),
      ["Quina Brell: Nobody told us anything about the plan"])
  }

  func testStateAbbreviationDoesNotEndTheSentence() {
    XCTAssertEqual(
      directQuotes(["“We need a vote on this bill,” Senator Wade Olin, R-Ky., said."]),
      ["Wade Olin: We need a vote on this bill"])
  }

  func testQuestionMarkBeforeAttribution() {
    XCTAssertEqual(
      directQuotes(["“Does anybody know what the plan is?” Harlan Voss asked. “Neither do I.”"]),
      ["Harlan Voss: Does anybody know what the plan is?", "Harlan Voss: Neither do I"])
  }

  func testLaterQuoteOfParagraphKeepsTheSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "“We were surprised by the result,” said Mira Castell. “Nobody expected the vote to be this close.”"
      ]),
      ["Mira Castell: We were surprised by the result",
       "Mira Castell: Nobody expected the vote to be this close"])
  }

  func testQuoteAfterSpeechActOfTheParagraph() {
    XCTAssertEqual(
      directQuotes([
        "Petra Lindqvist said on Tuesday that the talks had failed. “There is nothing left to discuss with them.”"
      ]),
      ["Petra Lindqvist: There is nothing left to discuss with them"])
  }

  func testIntroducedQuoteInNextParagraph() {
    XCTAssertEqual(
      directQuotes([
        "Gideon Farr spoke to supporters in the evening.", "Farr continued:",
        "\"The turnout was much higher than anyone predicted, and that is good news.\"",
      ]),
      ["Gideon Farr: The turnout was much higher than anyone predicted, and that is good news"])
  }

  func testQuoteOpenAtParagraphEndContinues() {
    XCTAssertEqual(
      directQuotes([
        "“The first year was the hardest of all,” said Lena Hargrove. “We had no money and no staff.",
        "“But the town stood by us the whole time.”",
      ]),
      ["Lena Hargrove: The first year was the hardest of all",
       "Lena Hargrove: We had no money and no staff",
       "Lena Hargrove: But the town stood by us the whole time"])
  }

  func testNestedQuoteStaysInsideOuterQuote() {
    let quotes = directQuotes([
      "\"They asked me, “Are you running again?” and I said no,\" Ruth Ambler said."
    ])
    XCTAssertEqual(quotes, ["Ruth Ambler: They asked me, “Are you running again?” and I said no"])
  }

  func testDashSignature() {
    XCTAssertEqual(
      directQuotes(["“I just hope that people go out and vote this year.” ― Marisol Ybarra"]),
      ["Marisol Ybarra: I just hope that people go out and vote this year"])
  }

  func testNamingVerbWithQuotation() {
    XCTAssertEqual(
      directQuotes(["Chairman Colin Ashby called the ruling “a victory for every voter.”"]),
      ["Colin Ashby: a victory for every voter"])
  }

  func testDoubledApostrophesBeforePossessiveLetter() {
    XCTAssertEqual(
      directQuotes(["''I admire the mechanics'' of the plan, Mr. Kessler said."]),
      ["Kessler: I admire the mechanics"])
  }

  // MARK: negatives

  func testQuoteWithoutSpeakerHasNone() {
    XCTAssertEqual(
      directQuotes(["The sign at the gate read “No entry after dark for any visitor.”"]),
      ["-: No entry after dark for any visitor"])
  }

  func testScareQuotesAreNoQuotes() {
    XCTAssertEqual(directQuotes(["The so-called “reform” passed without debate."]), [])
  }

  func testSentenceInitialWordIsNoPerson() {
    let corpus = extractQuotes([
      "Separately, officials said the road would reopen. “It will take two more weeks at least.”"
    ])
    XCTAssertFalse(corpus.actors.contains { $0.name == "Separately" })
    XCTAssertNil(corpus.quotes.first { $0.kind == .direct }?.speaker)
  }

  func testInheritanceStaysInsideTheParagraph() {
    let quotes = directQuotes([
      "“We are ready for the storm,” said Nora Blaine.",
      "The shelters opened at noon. “Bring water and blankets for the night,” a sign said.",
    ])
    XCTAssertEqual(
      quotes, ["Nora Blaine: We are ready for the storm", "-: Bring water and blankets for the night"])
  }

  func testShortQuoteAfterAs_isTheLabelOfTheSubject() {
    XCTAssertEqual(
      directQuotes(["Senator Orla Feeney openly admires the governor as a “quiet fixer.”"]),
      ["Orla Feeney: quiet fixer"])
  }

  func testShortQuoteAfterAs_inAClauseOfContrast_orAfterSuchAs_isNoLabel() {
    XCTAssertEqual(
      directQuotes(["Orla Feeney hired the clerk in May, while his aides know him as “Danny.”"]),
      [])
    XCTAssertEqual(
      directQuotes(["Orla Feeney searched the files for words such as “ledger” and “bribe.”"]),
      [])
  }

  func testQuotedWorkTitleIsNoQuote() {
    XCTAssertEqual(
      directQuotes(["Gale Morrow said on “Sunday Morning Tonight” that she would run."]), [])
  }
}

/// Reported speech (indirect quotes) found by general rules, on invented sentences.
final class IndirectQuoteTests: XCTestCase {
  func testAsideInsideTheReportedSentence() {
    XCTAssertEqual(
      indirect("The new hall, Mayor Ilse Varga said, will open in the spring."),
      ["Ilse Varga: The new hall, Mayor Ilse Varga said, will open in the spring"])
  }

  func testGroupOfPeopleAsSource() {
    XCTAssertEqual(
      indirect("Many economists say the tariff will raise prices for farmers."),
      ["-: the tariff will raise prices for farmers"])
  }

  func testOrganisationAfterTheContent_withItsArticle() {
    XCTAssertEqual(
      indirect("Exports will recover by the autumn, the IMF said."),
      ["IMF: Exports will recover by the autumn"])
  }

  func testTimeOrPlaceAfterTheVerbIsNoContent() {
    XCTAssertEqual(
      indirect("The bridge will reopen in May, the ministry said on Tuesday."),
      ["-: The bridge will reopen in May"])
    XCTAssertEqual(
      indirect("The bridge will reopen in May, the ministry said in a statement from Lyon."),
      ["-: The bridge will reopen in May"])
  }

  func testPronounsAndShares_areSourcesWithoutAName() {
    XCTAssertEqual(indirect("They said the mayor had ignored the warnings."), ["-: the mayor had ignored the warnings"])
    XCTAssertEqual(
      indirect("Another 19 percent said they would stay at home."), ["-: they would stay at home"])
  }

  func testSpeakerNounHeadingALongerSubject() {
    XCTAssertEqual(
      indirect("Experts on coastal erosion and flood defence said the wall would not hold."),
      ["-: the wall would not hold"])
    XCTAssertEqual(
      indirect("Civil rights activists said the officers had acted too fast."),
      ["-: the officers had acted too fast"])
  }

  /// "it" stays out: "said it would tell a story" is no second speaker.
  func testItIsNoSourceOfItsOwn() {
    XCTAssertEqual(
      directQuotes(["Mayor Ilse Varga said it would tell a story of ''hope and of loss'' to the town."]),
      ["Ilse Varga: hope and of loss"])
  }

  func testInvertedSpeakerTakesNoContentAfterIt() {
    XCTAssertEqual(
      indirect("“We will appeal,” said Bram Osterhout, a lawyer for the union."), [])
  }

  func testFindingsOfPollsAndStudiesAreReportedSpeech() {
    XCTAssertEqual(
      indirect("A county poll shows that most renters back the new transit tax."),
      ["-: most renters back the new transit tax"])
    XCTAssertEqual(
      indirect("The study found that river towns lost half their shops in a decade."),
      ["-: river towns lost half their shops in a decade"])
    // Without "that" a noun reading stays possible: no report.
    XCTAssertEqual(indirect("The late shows found a bigger audience this winter."), [])
  }

  func testContentStartsPastATimeOrAPhraseBeforeThat() {
    XCTAssertEqual(
      indirect("Mayor Ilse Varga said Friday that the hall will open in May."),
      ["Ilse Varga: the hall will open in May"])
    XCTAssertEqual(
      indirect("Mayor Ilse Varga said in an interview that the hall will open in May."),
      ["Ilse Varga: the hall will open in May"])
  }
}
