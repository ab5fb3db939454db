import ChronicleCore
import XCTest

/// Regression tests for reported speech without a known speaker's name before the verb, and
/// for headlines that report speech, on invented sentences.
final class IndirectSpeechTests: XCTestCase {
  /// An unresolved pronoun before a verb of saying still reports, with no speaker.
  func testPronounSubjectReportsWithoutSpeaker() {
    XCTAssertEqual(
      indirect("They said the new bridge would open in May."),
      ["-: the new bridge would open in May"])
    XCTAssertEqual(indirect("The report it wrote was long and dull."), [])
  }

  /// A number of people or a share of a poll speaks: "few think", "6 in 10 say".
  func testQuantityAndShareSubjects() {
    XCTAssertEqual(
      indirect("Few think the old dam will hold another winter."),
      ["-: the old dam will hold another winter"])
    XCTAssertEqual(
      indirect("About 6 in 10 say the council should raise the tax."),
      ["-: the council should raise the tax"])
    XCTAssertEqual(
      indirect("Only 40 percent believe the plan will work."),
      ["-: the plan will work"])
  }

  /// "…, Mr. Wren said.": the honorific is part of the subject, not of the content.
  func testContentBeforeAnHonorificSubject() {
    XCTAssertEqual(
      indirect("The bridge will open in May, Mr. Tobias Wren said."),
      ["Tobias Wren: The bridge will open in May"])
  }

  /// A Title Case headline reports its source's words after "Says" or a colon; the speaker
  /// is the name only when the recognizer took it for one (a Title Case line rarely is).
  func testHeadlineReportsSpeech() {
    XCTAssertEqual(
      indirect("Ellen Marsh Says the Bridge Will Open in May"),
      ["-: the Bridge Will Open in May"])
    XCTAssertEqual(
      indirect("Ellen Marsh: Bridge Will Open in May"),
      ["Ellen Marsh: Bridge Will Open in May"])
  }

  /// A stance in a headline reports its object, also a name of two words ("Doe Endorses
  /// Roe"); a view ("Sees") needs its "as".
  func testHeadlineStance() {
    XCTAssertEqual(indirect("Harbour Union Endorses Tobias Wren"), ["-: Tobias Wren"])
    XCTAssertEqual(indirect("Ellen Marsh Sees Tobias Wren in Ohio"), [])
  }

  /// Labels, lists of names and acts told in a headline are no reported speech.
  func testHeadlineLabelsAndListsAreNoSpeech() {
    XCTAssertEqual(indirect("Watch: Ellen Marsh Opens the Bridge Over the River"), [])
    XCTAssertEqual(indirect("Iowa: Ellen Marsh, Tobias Wren, Anna Roe"), [])
    XCTAssertEqual(indirect("Ellen Marsh Responds To Questions About the Bridge"), [])
  }

  /// '“…,” Doe told CNN.': a verb of telling after a quotation reports the quotation; the
  /// one told is no content. With "that", what follows is.
  func testAddresseeAfterAQuotationIsNoContent() {
    XCTAssertEqual(indirect("“The bridge will open in May,” Ellen Marsh told the Daily Courier."), [])
    XCTAssertEqual(
      indirect("Ellen Marsh told her aides that the bridge would open in May."),
      ["Ellen Marsh: the bridge would open in May"])
  }
}

/// Claims news reports without naming whose they are, and reports by evidence or on a topic.
final class UnattributedReportTests: XCTestCase {
  /// "seems to", "appears likely", "is expected to" hedge the clause: it is the content.
  func testHedgedClaims() {
    XCTAssertEqual(
      indirect("After the vote, the council seems ready to approve the new bridge."),
      ["-: the council seems ready to approve the new bridge"])
    XCTAssertEqual(
      indirect("The mayor is widely expected to run again next year."),
      ["-: The mayor is widely expected to run again next year"])
    XCTAssertEqual(indirect("The mayor appeared on the evening news with her husband."), [])
  }

  /// Evidence reports however long its subject: "a poll, taken …, shows".
  func testEvidenceWithALongSubject() {
    XCTAssertEqual(
      indirect("A county poll, taken by two local firms last week, shows the mayor ahead by nine points."),
      ["-: the mayor ahead by nine points"])
    XCTAssertEqual(
      indirect("The court records suggested the permit was never signed."),
      ["-: the permit was never signed"])
  }

  /// A topic someone talks about is reported.
  func testTopicOfTalk() {
    XCTAssertEqual(
      indirect("Ellen Marsh talked about the cost of the new bridge."),
      ["Ellen Marsh: the cost of the new bridge"])
    XCTAssertEqual(
      indirect("The council was referring to the cost of the new bridge."),
      ["-: the cost of the new bridge"])
  }
}

/// Stances after a bare subject, and claims owned by a noun rather than made by a verb.
final class StanceAndClaimTests: XCTestCase {
  /// Present forms that double as nouns ("hope", "support") are verbs after a pronoun or a
  /// share of people.
  func testStanceAfterAPronounOrAShare() {
    XCTAssertEqual(
      indirect("Most support a ban on new towers along the river."),
      ["-: a ban on new towers along the river"])
    XCTAssertEqual(indirect("The support of the council came late."), [])
  }

  /// "Doe's claim that …": an owned noun of saying reports its "that"-clause, to the end of
  /// the sentence (where the clause ends inside a subject takes a parser); with no owner it
  /// reports with no speaker.
  func testOwnedClaim() {
    XCTAssertEqual(
      indirect("Ellen Marsh's claim that the bridge was safe fell apart in a week."),
      ["Ellen Marsh: the bridge was safe fell apart in a week"])
    XCTAssertEqual(
      indirect("The claim that the bridge was safe spread fast."), ["-: the bridge was safe spread fast"])
  }
}
