import ChronicleCore
import XCTest

/// Regression tests for the attribution classes the polnear-train error analysis found
/// missing, one per class, on invented sentences.
final class QuoteAttributionClassesTests: XCTestCase {
  /// A verb of manner next to a closing mark is the cue: before or after the name, and past
  /// an apposition in commas.
  func testMannerVerbNextToTheClosingMark() {
    XCTAssertEqual(
      directQuotes(["“We will not wait any longer for the county,” Tobias Wren fumed."]),
      ["Tobias Wren: We will not wait any longer for the county"])
    XCTAssertEqual(
      directQuotes([
        "“Nobody asked the farmers about the dam,” Ellen Marsh, the mayor of the town, shot back."
      ]),
      ["Ellen Marsh: Nobody asked the farmers about the dam"])
    XCTAssertEqual(
      directQuotes(["“This is the best night of my life!” beamed Ellen Marsh."]),
      ["Ellen Marsh: This is the best night of my life!"])
  }

  /// Role words and possessives between the closing mark and the name that speaks.
  func testRoleWordsBeforeTheNameAfterTheQuote() {
    XCTAssertEqual(
      directQuotes([
        "“The vote is final and it will stand,” campaign spokeswoman Ellen Marsh said in a statement."
      ]),
      ["Ellen Marsh: The vote is final and it will stand"])
  }

  /// A quote of several sentences: its cue is in the sentence where it closes.
  func testQuoteOfSeveralSentencesBeforeItsCue() {
    XCTAssertEqual(
      directQuotes([
        "“Is the plan dead? Nobody wants it anymore,” party treasurer Tobias Wren said on Monday."
      ]),
      ["Tobias Wren: Is the plan dead? Nobody wants it anymore"])
  }

  /// '"Why?" Doe pressed.': the question ends the sentence and the cue opens the next.
  func testCueAfterAQuestion() {
    XCTAssertEqual(
      directQuotes(["“Would you sign the bill tomorrow?” Ellen Marsh pressed. “Or would you wait?”"]
      ),
      ["Ellen Marsh: Would you sign the bill tomorrow?", "Ellen Marsh: Or would you wait?"])
  }

  /// A quote inside a sentence speaks for the name that opens it, whatever the verb; a place
  /// after "in" is never that subject.
  func testQuoteInsideASentenceSpeaksForItsSubject() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh launched into a lament for the “forgotten towns of the valley” on Friday."
      ]),
      ["Ellen Marsh: forgotten towns of the valley"])
    XCTAssertEqual(
      directQuotes([
        "In Dayton, Tobias Wren went after his rival in the “weakest field in a generation.”"
      ]),
      ["Tobias Wren: weakest field in a generation"])
  }

  /// A short quote after a name and an active word of saying is the name's word; after a
  /// passive one it stays a scare quote.
  func testShortQuoteAfterANameThatSpeaks() {
    XCTAssertEqual(
      directQuotes(["Ellen Marsh cited “runaway” costs in the county budget."]),
      ["Ellen Marsh: runaway"])
    XCTAssertEqual(directQuotes(["Ellen Marsh has been called “reckless” by her rivals."]), [])
  }

  /// A short quote after a word of saying whose own subject is a name is that name's word,
  /// though the sentence opens with something else; after one whose subject is no name of
  /// ours it stays a scare quote.
  func testShortQuoteAfterAVerbWhoseSubjectIsAName() {
    XCTAssertEqual(
      directQuotes(["The board voted no after Tobias Wren cited “runaway” costs."]),
      ["Tobias Wren: runaway"])
    XCTAssertEqual(
      directQuotes(["When Tobias Wren cited “runaway” costs, the board voted no."]),
      ["Tobias Wren: runaway"])
    XCTAssertEqual(directQuotes(["The board voted no after critics cited “runaway” costs."]), [])
  }

  /// A verb of saying joined by "and" to an earlier verb of its clause belongs to that verb's
  /// subject, though another name or none opens the sentence; the subject of a clause the
  /// earlier verb reports is passed over.
  func testVerbOfSayingJoinedToAnEarlierVerb() {
    XCTAssertEqual(
      directQuotes([
        "Lena Fairweather met the harbor board on Monday, and Tobias Wren denounced the plan and said, “We will not sign this agreement today.”"
      ]),
      ["Tobias Wren: We will not sign this agreement today"])
    XCTAssertEqual(
      directQuotes([
        "The board met on Monday, and Tobias Wren denounced the plan and said, “We will not sign this agreement today.”"
      ]),
      ["Tobias Wren: We will not sign this agreement today"])
    XCTAssertEqual(
      directQuotes([
        "There were sharper words when Tobias Wren faulted Lena Fairweather on trade and called her a “moderate,” a rare jab."
      ]),
      ["Tobias Wren: moderate"])
    XCTAssertEqual(
      directQuotes([
        "Tobias Wren said that Lena Fairweather would resign and added, “We will miss her dearly at the harbor.”"
      ]),
      ["Tobias Wren: We will miss her dearly at the harbor"])
  }

  /// '"A," Doe said. ¶ "B."': the next paragraph's quote goes on with the same speaker.
  func testQuoteContinuingInTheNextParagraph() {
    XCTAssertEqual(
      directQuotes([
        "“The budget is balanced at last,” Tobias Wren said.",
        "“Next year we will cut taxes for every family in the county.”",
      ]),
      [
        "Tobias Wren: The budget is balanced at last",
        "Tobias Wren: Next year we will cut taxes for every family in the county",
      ])
  }

  /// "Doe issued the following statement:" introduces the quote of the next paragraph.
  func testStatementIntroducedByItsSubject() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh issued the following statement:",
        "“Our thoughts are with the families of the victims tonight.”",
      ]),
      ["Ellen Marsh: Our thoughts are with the families of the victims tonight"])
  }

  /// '…, said Harbor State professor Jane Roe.': the name after the verb wins over whatever
  /// stands before the comma; after "told" the name is the one spoken to.
  func testInvertedSpeakerAfterAComma() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh “drew well from young, working voters” in the spring, said Harbor State professor Tobias Wren."
      ]),
      ["Tobias Wren: drew well from young, working voters"])
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh, who chairs the board, told Tobias Wren, “We are ready for the storm.”"
      ]),
      ["Ellen Marsh: We are ready for the storm"])
  }

  /// A title in marks inside the apposition ("the author of “Dry Rivers,”") is passed over.
  func testTitleInsideTheApposition() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh, the author of “Dry Rivers,” about the drought, said the county had "
          + "“a shared story” once."
      ]),
      ["Ellen Marsh: a shared story"])
  }

  /// "When Roe suggested …, Doe fired back: “…”": the subject of the clause that the colon
  /// ends speaks, not the act of the clause before it.
  func testColonClauseSubjectOutranksAnEarlierClause() {
    XCTAssertEqual(
      directQuotes([
        "When Tobias Wren suggested that the county would sue, Ellen Marsh fired back: "
          + "“If they sue us, they will lose.”"
      ]),
      ["Ellen Marsh: If they sue us, they will lose"])
  }

  /// A place after a preposition inside the appositions is never the speaker.
  func testPlaceInsideTheAppositionsIsNoSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "Tobias Wren, 67, a retired teacher in Dayton, Ohio, said the ferry was \"the best thing "
          + "that ever happened to this town.\""
      ]),
      ["Tobias Wren: the best thing that ever happened to this town"])
  }

  /// '"…," said a spokeswoman for the company, Jane Roe.': the name after the role.
  func testNameInCommasAfterARole() {
    XCTAssertEqual(
      directQuotes(["“We are anxious about the river,” said another local resident, Tobias Wren."]),
      ["Tobias Wren: We are anxious about the river"])
  }

  /// Attribute values of embedded markup are never quotes.
  func testMarkupValuesAreNoQuotes() {
    XCTAssertEqual(
      directQuotes([
        "<tweet id=\"740602286\" author=\"@harbornews\" datetime=\"2016-06-29\">The ferry runs again today.</tweet>"
      ]),
      [])
  }

  /// '"…," said Concord resident Jane Roe': role words and possessives between the verb and
  /// the name, also before a name of no known given name; a role with no name after it is an
  /// unnamed speaker of its own (`UnnamedSourceTests`).
  func testRoleWordsBetweenTheInvertedVerbAndTheName() {
    XCTAssertEqual(
      directQuotes(["“The ferry will run again,” said Dayton harbor boss Zorvan Quenby."]),
      ["Zorvan Quenby: The ferry will run again"])
    XCTAssertEqual(
      directQuotes([
        "“Nobody planned for the flood,” said the mayor’s senior policy adviser Ellen Marsh."
      ]),
      ["Ellen Marsh: Nobody planned for the flood"])
    XCTAssertEqual(
      directQuotes(["“The levy will fail,” said an Ohio Democrat. “Everyone knows it.”"]),
      ["an Ohio Democrat: The levy will fail", "an Ohio Democrat: Everyone knows it"])
  }

  /// "In an interview with the Herald, Doe said …": a name that only stands as the object of
  /// an opening phrase does not hide the subject that follows it.
  func testSubjectAfterAnOpeningPhraseWithAName() {
    XCTAssertEqual(
      directQuotes([
        "In an interview with The Dayton Herald, Tobias Wren doubled down and said the levy "
          + "was “a disgrace to the county.”"
      ]),
      ["Tobias Wren: a disgrace to the county"])
  }

  /// The subject before its verb past a time phrase ("on Wednesday", "last week"), past a
  /// country or name it is "of", and for a second verb after "and" or "but" when titles open the
  /// sentence.
  func testSubjectPastTimesCountriesAndTitles() {
    XCTAssertEqual(
      directQuotes(["Ellen Marsh of The Harbor Ledger wrote, “The ferry will run again.”"]),
      ["Ellen Marsh: The ferry will run again"])
    XCTAssertEqual(
      directQuotes(["Senator Ellen Marsh on Wednesday called the plan “a disaster for the valley.”"]),
      ["Ellen Marsh: a disaster for the valley"])
    XCTAssertEqual(
      directQuotes(["Tobias Wren last week said the levy was “a disgrace to the county.”"]),
      ["Tobias Wren: a disgrace to the county"])
    XCTAssertEqual(
      directQuotes([
        "Chancellor Ellen Marsh of Germany condemned the attack and declared that Germans "
          + "would “go on with our open life.”"
      ]),
      ["Ellen Marsh: go on with our open life"])
    XCTAssertEqual(
      directQuotes([
        "Sen. Tobias Wren (D-R.I.), said after a lunch that he had not read the plan, but "
          + "called it “a starting point for our talks.”"
      ]),
      ["Tobias Wren: a starting point for our talks"])
  }

  /// 'Doe said … ¶ “…”': a paragraph that is one quote with no cue takes the one speaker of
  /// the sentence that ends the paragraph before; not when more than the quote stands in it.
  func testQuoteParagraphAfterAReportingSentence() {
    XCTAssertEqual(
      directQuotes([
        "Tobias Wren said that for decades some critics had been predicting a withdrawal.",
        "“That will not happen while I am here.”",
      ]),
      ["Tobias Wren: That will not happen while I am here"])
    XCTAssertEqual(
      directQuotes([
        "Tobias Wren said that for decades some critics had been predicting a withdrawal.",
        "“That will not happen while I am here.” The vote is on Monday.",
      ]),
      ["-: That will not happen while I am here"])
  }

  /// A family name that is also a common word ("Will", "From") after a given name, and
  /// alone later when it speaks; not a plural or a count after a name.
  func testFamilyNameThatIsACommonWord() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Will reignited her feud with the council this week.",
        "“The levy is a disgrace,” Will wrote.",
      ]),
      ["Ellen Will: The levy is a disgrace"])
    XCTAssertEqual(
      directQuotes(["Tobias From, who founded the council, spoke.", "“We lost three times,” From said."]),
      ["Tobias From: We lost three times"])
    let names = extractQuotes(["Many Reagan Democrats flew on Marine One across the river."])
      .actors.map(\.name)
    XCTAssertFalse(names.contains("Reagan Democrats"), "\(names)")
    XCTAssertFalse(names.contains("Marine One"), "\(names)")
  }
}
