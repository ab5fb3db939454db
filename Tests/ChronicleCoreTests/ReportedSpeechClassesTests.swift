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
}
