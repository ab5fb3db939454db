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

  /// Labels, lists of names and acts told in a headline are no reported speech.
  func testHeadlineLabelsAndListsAreNoSpeech() {
    XCTAssertEqual(indirect("Watch: Ellen Marsh Opens the Bridge Over the River"), [])
    XCTAssertEqual(indirect("Iowa: Ellen Marsh, Tobias Wren, Anna Roe"), [])
    XCTAssertEqual(indirect("Ellen Marsh Responds To Questions About the Bridge"), [])
  }
}
