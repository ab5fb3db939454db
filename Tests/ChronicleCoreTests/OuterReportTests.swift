import ChronicleCore
import XCTest

/// A quote whose speech act lies inside the content of another act of its sentence belongs to
/// the outer report: the outlet it is "according to", the one who "reported" it, the person
/// who "said" someone else told it. Acts side by side or in a subordinate clause keep their
/// own speakers.
final class OuterReportTests: XCTestCase {
  func testAccordingToAfterTheSpeechActNamesTheSource() {
    XCTAssertEqual(
      directQuotes(["“We will not give up the harbour,” Tobias Wren said, according to Reuters."]),
      ["Reuters: We will not give up the harbour"])
  }

  func testAccordingToBeforeTheSpeechActNamesTheSource() {
    XCTAssertEqual(
      directQuotes(["According to Reuters, Ellen Marsh said the plan was “dead on arrival.”"]),
      ["Reuters: dead on arrival"])
  }

  /// "according to a Reuters account", "… a transcript released by the Pentagon": the maker
  /// of the document cited; "people close to Doe" name no one who speaks.
  func testAccordingToADocumentNamesItsMaker() {
    XCTAssertEqual(
      directQuotes([
        "“Delegates may vote as they see fit,” Tobias Wren said, according to a Reuters account."
      ]),
      ["Reuters: Delegates may vote as they see fit"])
    XCTAssertEqual(
      directQuotes([
        "“The harbour stays open,” Ellen Marsh said, according to a transcript released by the Pentagon."
      ]),
      ["Pentagon: The harbour stays open"])
    XCTAssertEqual(
      directQuotes([
        "“The harbour stays open,” Ellen Marsh said, according to people close to Tobias Wren."
      ]),
      ["Ellen Marsh: The harbour stays open"])
  }

  /// "according to Reuters" closing the sentence with no comma before it still reports it.
  func testAccordingToClosingTheSentenceWithoutAComma() {
    XCTAssertEqual(
      indirect("The harbour will stay open for another decade according to Reuters."),
      ["Reuters: The harbour will stay open for another decade"])
    XCTAssertEqual(
      directQuotes([
        "“We disagree strongly with those claims,” Tobias Wren said in a statement according to Reuters."
      ]),
      ["Reuters: We disagree strongly with those claims"])
  }

  func testTrailingReportNamesTheSource() {
    XCTAssertEqual(
      directQuotes([
        "“The dam will hold for another century,” Tobias Wren said, the Valley Herald reported."
      ]),
      ["Valley Herald: The dam will hold for another century"])
  }

  func testSpeakerWhoReportsAnotherSpeakerIsTheSource() {
    XCTAssertEqual(
      directQuotes(["Ellen Marsh said Tobias Wren told the council that the dam was “a disgrace.”"]),
      ["Ellen Marsh: a disgrace"])
  }

  func testActsSideBySideKeepTheirSpeakers() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh said the deal was “very good,” and Tobias Wren called it “a great day for the valley.”"
      ]),
      ["Ellen Marsh: very good", "Tobias Wren: a great day for the valley"])
  }

  func testActInASubordinateClauseKeepsItsSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh tweeted after Tobias Wren argued that the vote was “rigged from the start.”"
      ]),
      ["Tobias Wren: rigged from the start"])
  }

  func testObjectAfterAVerbThatDoesNotInvertIsNoSource() {
    XCTAssertEqual(
      directQuotes([
        "Tobias Wren stood at the pulpit and, citing the book (“choose able men”), endorsed Senator Ellen Marsh of Ohio, urging his flock to vote."
      ]),
      ["Tobias Wren: choose able men"])
  }

  /// "the state's party convention": a speech word before a possessive is a noun, no act.
  func testSpeechWordBeforeAPossessiveIsANoun() {
    XCTAssertEqual(
      directQuotes([
        "At the Ohio state’s party convention Ellen Marsh said her rival was a “proven failure in business.”"
      ]),
      ["Ellen Marsh: proven failure in business"])
  }

  /// "according to audio provided by …", "according to Acme pool reports": the maker of the
  /// record after "by", or the name modifying a record that ends the source, without an article.
  func testRecordMakerWithoutAnArticle() {
    XCTAssertEqual(
      directQuotes([
        "“The levy is a disgrace,” Tobias Wren said on Monday, according to audio provided by "
          + "Acme Public Radio."
      ]),
      ["Acme Public Radio: The levy is a disgrace"])
    XCTAssertEqual(
      directQuotes([
        "According to White House pool reports, Ellen Marsh said “there is hope” in the town."
      ]),
      ["White House: there is hope"])
  }
}
