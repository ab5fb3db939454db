import ChronicleCore
import XCTest

/// Quotes that have no cue in their own sentence and take their speaker from the paragraphs
/// around them or from a long phrase after the verb (issue 13, polnear-train), on invented
/// sentences, with the cases that must stay without a speaker.
final class QuoteParagraphSpeakerTests: XCTestCase {
  func testOneQuoteParagraphAfterTheSpeakersAct() {
    // The paragraph before ends with the speaker's act, by a verb that is no speech verb.
    XCTAssertEqual(
      directQuotes([
        "Pollster Ivan Marrin spoke on Monday.",
        "Marrin praised the governor's handling of the storm and the cleanup after it.",
        "“We need someone who will cut through the noise and bring people together.”",
      ]),
      ["Ivan Marrin: We need someone who will cut through the noise and bring people together"])
    // An act whose subject the speech verb misses ("was quick to add").
    XCTAssertEqual(
      directQuotes([
        "Senator Lisa Dorn met the farmers on Friday.",
        "Dorn was quick to add that the deal does not include the pipeline.",
        "“Building it? Not negotiable.”",
      ]),
      ["Lisa Dorn: Building it? Not negotiable"])
  }

  func testOneQuoteParagraphsGoOnWithTheSameSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "Mayor Tobias Greaves spoke at the plant on Monday.",
        "Greaves praised the workers for their patience during the long strike.",
        "“You kept this town alive when nobody else would.”",
        "“And we will not forget it, not this year and not the next.”",
      ]),
      [
        "Tobias Greaves: You kept this town alive when nobody else would",
        "Tobias Greaves: And we will not forget it, not this year and not the next",
      ])
  }

  func testOneQuoteParagraphKeepsNoSpeakerWhenThePreviousSentenceNamesNone() {
    // The paragraph before ends with a sentence whose subject is no one of ours.
    XCTAssertEqual(
      directQuotes([
        "Mayor Tobias Greaves spoke at the plant on Monday.",
        "The crowd waited outside the gates until the evening.",
        "“Nobody knows what will happen to this town next year.”",
      ]),
      ["-: Nobody knows what will happen to this town next year"])
    // A name that is only the object of the sentence is no subject to hand on.
    XCTAssertEqual(
      directQuotes([
        "Mayor Tobias Greaves spoke at the plant on Monday.",
        "The crowd waited for Greaves outside the gates until the evening.",
        "“Nobody knows what will happen to this town next year.”",
      ]),
      ["-: Nobody knows what will happen to this town next year"])
  }

  func testOneQuoteParagraphAfterAParagraphEndingInMarksOnly() {
    // The paragraph before ends in a "sentence" of marks with no word: no subject to hand on,
    // and no crash looking for one.
    XCTAssertEqual(
      directQuotes([
        "Mayor Tobias Greaves praised the plan. ...",
        "“It is the best plan this town has had in years.”",
      ]),
      ["-: It is the best plan this town has had in years"])
  }

  func testDashSignatureLineSignsTheQuoteBeforeIt() {
    XCTAssertEqual(
      directQuotes([
        "Senators Ada Kirwin and Otto Brandt debated on Thursday.",
        "Kirwin praised the plan.",
        "“The idea that I would dismantle the health system is absurd, and everyone knows it.”",
        "- Brandt.",
        "“Great speech. She is tested. She is ready. She never quits.”",
        "—Senator Ada Kirwin, writing after the debate.",
      ]),
      [
        "Otto Brandt: The idea that I would dismantle the health system is absurd, and everyone knows it",
        "Ada Kirwin: Great speech. She is tested. She is ready. She never quits",
      ])
    // A dash line that is a sentence about the name signs nothing.
    XCTAssertEqual(
      directQuotes([
        "Senators Ada Kirwin and Otto Brandt debated on Thursday. The hall was full.",
        "“Nobody knows what will happen to this town next year.”",
        "- Brandt left the hall before the vote.",
      ]),
      ["-: Nobody knows what will happen to this town next year"])
  }

  func testQuoteInsideAnOpeningClauseSpeaksForItsSubject() {
    XCTAssertEqual(
      directQuotes([
        "When Senator Ada Kirwin finally wrapped up — “I will fight for you, and I will win for you!” — the balloons came down."
      ]),
      ["Ada Kirwin: I will fight for you, and I will win for you!"])
    XCTAssertEqual(
      directQuotes([
        "But as Ada Kirwin denounced the tests and pledged to confront “reckless and armed neighbours,” the crowd warmed to her."
      ]),
      ["Ada Kirwin: reckless and armed neighbours"])
    // After the clause's comma the quote is the main clause's: not its subject's.
    XCTAssertEqual(
      directQuotes([
        "When Ada Kirwin arrived in the city, the river had risen to “a level nobody had seen in a century.”"
      ]),
      ["-: a level nobody had seen in a century"])
  }

  func testLongTitleAfterTheInvertedVerb() {
    XCTAssertEqual(
      directQuotes([
        "“The first line of defense is within the community,” said former secretary of state Vera Holm, who praised the plan."
      ]),
      ["Vera Holm: The first line of defense is within the community"])
    XCTAssertEqual(
      directQuotes([
        "“He did the smart thing in the last race,” said former Ohio Gov. and party Chairman Ed Rendo."
      ]),
      ["Ed Rendo: He did the smart thing in the last race"])
  }

  func testNameInCommasAfterARoleOfSomeone() {
    XCTAssertEqual(
      directQuotes([
        "Senator Tom Rubeck campaigned in Ohio.",
        "“We are treating the vote as one long election day,” said Rubeck's deputy campaign manager, Richard Beeson, who ran the ground game.",
      ]),
      ["Richard Beeson: We are treating the vote as one long election day"])
    XCTAssertEqual(
      directQuotes([
        "“There will be an entire term without a ninth justice,” said another leading court advocate, Andrew J. Pinco of the law firm Mayer Brown."
      ]),
      ["Andrew J. Pinco: There will be an entire term without a ninth justice"])
  }
}
