import ChronicleCore
import XCTest

/// Regression tests for the classes of reported speech the polnear-train error analysis
/// found missing, on invented sentences.
final class ReportedSpeechClassesTests: XCTestCase {
  /// "say" and "tell" report whatever noun phrase speaks; a phrase with a preposition in it
  /// ("Doe at the time said") is no subject of its own.
  func testSayWithAnyNounSubject() {
    XCTAssertEqual(
      indirect("The actress said she was tired of waiting for the council."),
      ["-: she was tired of waiting for the council"])
  }

  /// Verbs of belief are never nouns: they report with any subject.
  func testVerbsOfBeliefReportWithAnySubject() {
    XCTAssertEqual(
      indirect("Many farmers believe the new dam will flood the valley."),
      ["-: the new dam will flood the valley"])
  }

  /// "Polls show Doe ahead": evidence shows without a "that".
  func testEvidenceShowsWithoutThat() {
    XCTAssertEqual(
      indirect("Recent polls show the mayor with a narrow lead in the county."),
      ["-: the mayor with a narrow lead in the county"])
    XCTAssertEqual(indirect("The new bridge will show the town at its best."), [])
  }

  /// A second verb joined by "and" reports for the sentence's subject.
  func testSecondVerbOfTheSubject() {
    XCTAssertEqual(
      indirect("Ellen Marsh spent ten years on the council and says the budget is sound."),
      ["Ellen Marsh: the budget is sound"])
  }

  /// A verb of saying right before "that" reports the clause whatever its subject is; a
  /// noun with a relative clause ("rules that would …") does not.
  func testVerbBeforeThatReportsWithAnySubject() {
    XCTAssertEqual(
      indirect("An earlier bulletin from the harbour office said that the ferry would be late."),
      ["-: the ferry would be late"])
    XCTAssertEqual(
      indirect("Some local fishermen warned that the new quotas will empty the village."),
      ["-: the new quotas will empty the village"])
    XCTAssertEqual(indirect("The council passed rules that would close the market early."), [])
    // "Fears" is a noun here: it reports its clause once, as a claim with no owner.
    XCTAssertEqual(
      indirect("Prices rose amid fears that the harvest would fail."), ["-: the harvest would fail"])
  }

  /// A question put to someone is reported speech with no speaker: "was asked whether …",
  /// "When asked about …, …", "Asked why …, …".
  func testQuestionsPutToSomeone() {
    XCTAssertEqual(
      indirect("Tobias Wren was asked whether he would run again."),
      ["-: whether he would run again"])
    XCTAssertEqual(
      indirect("When asked about the closed bridge, the mayor shrugged."),
      ["-: the closed bridge"])
    XCTAssertEqual(indirect("Tobias Wren was asked to leave the room."), [])
  }

  /// A state of mind before a "that"-clause reports a view, held by the subject it names.
  func testStateOfMindBeforeThat() {
    XCTAssertEqual(
      indirect("Ellen Marsh is confident that the budget will pass."),
      ["Ellen Marsh: the budget will pass"])
    XCTAssertEqual(indirect("The river is wide at that point."), [])
  }

  /// "sees X as Y", "viewed the deal as a win" report a view; "saw the film" does not.
  func testRegardingAsReportsAView() {
    XCTAssertEqual(
      indirect("Ellen Marsh sees the new dam as a threat to the valley."),
      ["Ellen Marsh: the new dam as a threat to the valley"])
    XCTAssertEqual(indirect("Ellen Marsh saw the new dam from the road."), [])
  }

  /// "points to", "railed against": phrases that report their object, and never give a
  /// quotation in their sentence to their subject.
  func testPointingToAndRailingAgainst() {
    XCTAssertEqual(
      indirect("Tobias Wren pointed to the empty shops on the high street."),
      ["Tobias Wren: the empty shops on the high street"])
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh said that when Tobias Wren railed against the banks, “he spoke for the whole town.”"
      ]),
      ["Ellen Marsh: he spoke for the whole town"])
  }

  /// An owned noun of intent reports what it intends ("her decision to …"); "the notion
  /// that …" reports its clause with no owner; an ability is no one's view.
  func testNounsOfIntentAndUnownedClaims() {
    XCTAssertEqual(
      indirect("Critics attacked her decision to close the harbour school."),
      ["-: her decision to close the harbour school", "-: to close the harbour school"])
    XCTAssertEqual(
      indirect("Voters mocked the notion that the bridge was safe."),
      ["-: the bridge was safe"])
    XCTAssertEqual(indirect("The crew lost its ability to steer the boat."), [])
  }

  /// Verbs of knowing report only before "that": "knows that …", not "knows the city".
  func testKnowingBeforeThat() {
    XCTAssertEqual(
      indirect("Ellen Marsh knows that the harbour school will close."),
      ["Ellen Marsh: the harbour school will close"])
    XCTAssertEqual(indirect("Ellen Marsh knows the harbour well."), [])
  }

  /// An infinitive before a "that"-clause reports it ("has to show that …", "led some to
  /// warn that …").
  func testInfinitiveBeforeThat() {
    XCTAssertEqual(
      indirect("The closure led some parents to warn that the village would empty."),
      ["-: the village would empty"])
  }

  /// A relative pronoun is the subject of its clause ("farmers who oppose …", "the union,
  /// which endorsed …"); "which" before a present form is as often a question about a noun
  /// ("which states", "which claims").
  func testRelativePronounSubject() {
    XCTAssertEqual(indirect("The mayor met farmers who oppose the new dam."), ["-: the new dam"])
    XCTAssertEqual(
      indirect("She spoke to the union, which endorsed the mayor in March."),
      ["-: the mayor in March"])
    XCTAssertEqual(indirect("Nobody on the council knew which states the ferry would serve."), [])
    XCTAssertEqual(indirect("The union, which claims to speak for the crews, met on Monday."), [])
    // "claimed the lives of", "threatens the stability of" report nothing.
    XCTAssertEqual(indirect("The storm, which claimed the lives of six fishermen, hit on Monday."), [])
    XCTAssertEqual(indirect("The strike, which threatens the stability of the harbour, goes on."), [])
  }

  /// Backing, favouring, denouncing and thanking are stances like supporting: they report
  /// their object. "backed down" and "backed by" are phrases of their own.
  func testStancesOfBackingAndFavouring() {
    XCTAssertEqual(
      indirect("The fishermen’s union backed the harbour plan on Monday."),
      ["-: the harbour plan on Monday"])
    XCTAssertEqual(
      indirect("Ellen Marsh favors a new bridge over the river."),
      ["Ellen Marsh: a new bridge over the river"])
    XCTAssertEqual(indirect("The fishermen’s union backed down on Monday."), [])
    // An act, not words: a short quotation after it is a title, not the subject's label.
    XCTAssertEqual(directQuotes(["Ellen Marsh backed him in an interview on “Harbour Hour.”"]), [])
    XCTAssertEqual(indirect("The harbour plan, backed by the union, passed on Monday."), [])
  }

  /// A stance's object may be one word, a name or a pronoun ("would not back Wren",
  /// "opposes it"); a stance never reports the words before its subject.
  func testStanceWithAOneWordObject() {
    XCTAssertEqual(
      indirect("Ellen Marsh said she would not back Tobias Wren."),
      ["Ellen Marsh: she would not back Tobias Wren", "Ellen Marsh: Tobias Wren"])
    XCTAssertEqual(indirect("Ellen Marsh opposes it."), ["Ellen Marsh: it"])
    XCTAssertEqual(indirect("Among the older crews, most support change."), [])
  }

  /// "contest" after a party or an organisation is the race, not a verb of disputing.
  func testContestIsARace() {
    XCTAssertEqual(
      indirect(
        "The Green Party contest is in Ohio on Monday, and the Green Party contests award delegates by the vote."
      ), [])
  }

  /// People in the plural before a stance's base form report with it ("farmers support",
  /// "Icelanders oppose"); a singular noun or a place before it makes it a noun ("the
  /// campaign plans", "the Las Vegas plan").
  func testPluralPeopleBeforeAStance() {
    XCTAssertEqual(indirect("Most dairy farmers support the new dam."), ["-: the new dam"])
    XCTAssertEqual(
      indirect("Icelanders oppose the new fishing tax."), ["Icelanders: the new fishing tax"])
    XCTAssertEqual(indirect("The campaign plans were leaked on Monday."), [])
    XCTAssertEqual(indirect("The Las Vegas plan failed on Monday."), [])
  }

  /// A clause of time after the verb tells when something was said, not what ('"…," Marsh
  /// said after the vote'); before a "that" it is passed over.
  func testClauseOfTimeAfterTheVerbIsNoContent() {
    XCTAssertEqual(
      indirect("“We will rebuild the bridge,” Ellen Marsh said after the vote in the town hall."), [])
    XCTAssertEqual(
      indirect("Ellen Marsh said after the vote that the bridge would close."),
      ["Ellen Marsh: the bridge would close"])
  }

  /// "attacked Doe" is a stance in news, with or without a quotation after it; armed men
  /// attacking a building report nothing.
  func testAttackIsAStance() {
    XCTAssertEqual(
      indirect("Ellen Marsh also attacked Tobias Wren and the harbour board during the debate."),
      ["Ellen Marsh: Tobias Wren and the harbour board during the debate"])
    XCTAssertEqual(indirect("Two gunmen attacked the police station on Monday."), [])
  }

  /// "In a poll released Monday, …" reports the clause after the comma, as "According to a
  /// poll, …" does; any other opening "In" phrase does not.
  func testSentenceOpeningWithAPoll() {
    XCTAssertEqual(
      indirect("In a county poll released Monday, Ellen Marsh led Tobias Wren by ten points."),
      ["-: Ellen Marsh led Tobias Wren by ten points"])
    XCTAssertEqual(indirect("In the harbour, the fishing boats were quiet on Monday."), [])
  }
}
