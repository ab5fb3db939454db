import ChronicleCore
import XCTest

/// Speakers found from sentence context: pronoun preference, -ing clauses, colons, role
/// descriptions and reported-speech cues; one test per error class
/// seen on the development set, on invented sentences, with negatives.
final class SpeakerContextTests: XCTestCase {
  func testPronounPrefersTheSubjectOfItsSentence() {
    XCTAssertEqual(
      directQuotes([
        "Nadia Ferrow met Lena Quist on Monday. Ferrow says she admired Lena Quist’s patience through what she calls “a season of very loud arguments.”"
      ]),
      ["Nadia Ferrow: a season of very loud arguments"])
  }

  func testGenderComesFromTheGivenNamePastAWordBeforeIt() {
    XCTAssertEqual(
      directQuotes([
        "Oskar Brandt spoke first. Rival Maria Lenz answered him. Brandt went on to mock what he called her “kitchen-table economics.”"
      ]),
      ["Oskar Brandt: kitchen-table economics"])
  }

  func testVerbAfterAQuoteInsideAClauseNamesNoSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "Town clerk Ines Barlow said in the letter that the flyer “plainly and wrongly” suggests the council backs the plan."
      ]),
      ["Ines Barlow: plainly and wrongly"])
  }

  func testParticipleAfterAnObjectSpeaksForTheSubject() {
    XCTAssertEqual(
      directQuotes([
        "Gideon Marsh posted a string of messages early Friday saying the mayor had been “asleep at the wheel.”"
      ]),
      ["Gideon Marsh: asleep at the wheel"])
    // Only a subject that opens the sentence speaks for the participle.
    XCTAssertEqual(
      directQuotes([
        "Small crowds marched past the stadium of the Dover Hawks while chanting “open the books now.”"
      ]),
      ["-: open the books now"])
  }

  func testColonIntroducesTheSubjectsQuote() {
    XCTAssertEqual(
      directQuotes(["Mayor Ilse Varga is rolling out a blunt new message: “It is about the buses.”"]),
      ["Ilse Varga: It is about the buses"])
    XCTAssertEqual(directQuotes(["The sign read: “Closed until further notice.”"]), ["-: Closed until further notice"])
  }

  func testRoleDescriptionNamesTheLastPersonWithThatTitle() {
    XCTAssertEqual(
      directQuotes([
        "Sen. Ruth Aldane toured the plant on Monday.",
        "The Vermont senator said the plant was “a model for the region.”",
      ]),
      ["Ruth Aldane: a model for the region"])
  }

  func testRoleDescriptionWithNoTitledPersonNamesTheLastPersonOfTheStory() {
    XCTAssertEqual(
      directQuotes([
        "Ruth Aldane toured the plant on Monday. Aldane met the workers.",
        "The Vermont senator said the plant was “a model for the region.”",
      ]),
      ["Ruth Aldane: a model for the region"])
    // Another person's title stands in the way: a mayor is no senator.
    XCTAssertEqual(
      directQuotes([
        "Mayor Ruth Aldane toured the plant on Monday. Aldane met the workers.",
        "The Vermont senator said the plant was “a model for the region.”",
      ]),
      ["-: a model for the region"])
    // An unnamed spokesman or official is someone else's voice, not the person named.
    XCTAssertEqual(
      directQuotes([
        "Ruth Aldane toured the plant on Monday. Aldane met the workers.",
        "The spokesman said the plant was “a model for the region.”",
      ]),
      ["-: a model for the region"])
  }

  func testRoleDescriptionWithTheStandingOfACandidateOrMember() {
    XCTAssertEqual(
      directQuotes([
        "Ruth Aldane toured the plant on Monday. Aldane met the workers.",
        "“The plant stays open,” the presumptive Liberal nominee said on Tuesday.",
        "Sen. Omar Petrov spoke next.",
        "Six months ago, the independent Vermont senator said, the papers called him a “fringe candidate.”",
      ]),
      ["Ruth Aldane: The plant stays open", "Omar Petrov: fringe candidate"])
  }

  func testDoubleRoleNamesTheHolderOfItsOffice() {
    // The candidacy alone would find the last person of the story (Aldane); the office
    // ("senator") names its holder, and a quote in the same paragraph goes on with him.
    XCTAssertEqual(
      directQuotes([
        "Sen. Omar Petrov toured the plant on Monday.",
        "Ruth Aldane met the workers. Aldane spoke for an hour.",
        "“The plant stays open,” the Vermont senator and Liberal presidential candidate told the local radio. “We will fight for it.”",
      ]),
      ["Omar Petrov: The plant stays open", "Omar Petrov: We will fight for it"])
  }

  func testRunningMateIsNotTheLastCandidateNamed() {
    XCTAssertEqual(
      directQuotes([
        "Ruth Aldane toured the plant on Monday. Aldane met the workers.",
        "“The plant stays open,” the Liberal vice-presidential nominee said.",
      ]),
      ["-: The plant stays open"])
  }

  func testRoleDescriptionIsKeptWithThePersonItNamed() {
    let corpus = extractQuotes([
      "Sen. Ruth Aldane toured the plant on Monday.",
      "The Vermont senator said the plant was “a model for the region.”",
    ])
    let aldane = corpus.actors.first { $0.name == "Ruth Aldane" }
    XCTAssertEqual(aldane?.aliases.contains("Vermont senator"), true)
    // A description in commas after a name is its apposition, not a reference to another.
    XCTAssertEqual(
      directQuotes([
        "Sen. Ruth Aldane toured the plant on Monday.",
        "“It works,” said Omar Petrov, the Vermont senator, on Tuesday.",
      ]),
      ["Omar Petrov: It works"])
  }

  func testConjunctionOpeningTheSentenceLeavesItsSubjectTheSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "Ruth Aldane toured the plant. But Aldane would not comment on a rule “to protect the river and its banks” for the county."
      ]),
      ["Ruth Aldane: to protect the river and its banks"])
  }

  func testSurnameThatIsAlsoADemonymSpeaksForThePersonNamedBefore() {
    XCTAssertEqual(
      directQuotes([
        "Daniel Cuban spoke at the forum on Monday.",
        "“Nobody asked me about the stadium,” Cuban said.",
      ]),
      ["Daniel Cuban: Nobody asked me about the stadium"])
    // Nobody of that name before: the word stays a word.
    XCTAssertEqual(
      directQuotes(["“Nobody asked me about the stadium,” Cuban said."]),
      ["-: Nobody asked me about the stadium"])
  }
}

/// Reported speech of the third round: stances as cues, content that closes its quotation.
final class IndirectRound3Tests: XCTestCase {
  func testStancesReportTheirObject() {
    XCTAssertEqual(
      indirect("Mayor Ilse Varga cited a county audit of the bus contracts."),
      ["Ilse Varga: a county audit of the bus contracts"])
    XCTAssertEqual(
      indirect("Mayor Ilse Varga declined to comment on the audit."),
      ["Ilse Varga: to comment on the audit"])
    // A stance noun is no cue, and a stance is never the cue of a quotation.
    XCTAssertEqual(indirect("The plan drew a crowd to the hall."), [])
    let corpus = extractQuotes(["Bram Osterhout cited “the worst audit in years.”"])
    XCTAssertEqual(corpus.quotes.filter { $0.kind == .direct }.map(\.cue), [nil])
  }

  func testContentThatOpensAQuotationEndsWithItsClosingMark() {
    XCTAssertEqual(
      indirect("Mayor Ilse Varga made it clear that the town, in her words, was \"done with waiting.\""),
      ["Ilse Varga: the town, in her words, was \"done with waiting.\""])
    XCTAssertEqual(
      directQuotes(["Mayor Ilse Varga made it clear that the town, in her words, was \"done with waiting.\""]),
      ["Ilse Varga: done with waiting"])
  }
}
