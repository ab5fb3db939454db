import ChronicleCore
import XCTest

/// Regression tests for the classes of quotes the polnear-train error analysis found given to
/// the wrong actor: another name of the sentence (an object, a name in brackets, the speaker
/// of the main clause) taken for the one who speaks. Invented sentences.
final class WrongSpeakerClassesTests: XCTestCase {
  /// A participle right after the object of "to" or "on" speaks for the sentence's subject,
  /// past the object's title; after "of" the name is the participle's own subject.
  func testParticipleAfterAnObjectSpeaksForTheSubject() {
    XCTAssertEqual(
      directQuotes([
        "Mayor Tobias Wren wrote a letter to Attorney General Ellen Marsh asking the agency to "
          + "look into the “fiasco.”"
      ]),
      ["Tobias Wren: fiasco"])
    XCTAssertEqual(
      directQuotes(["Tobias Wren answered the question on Facebook writing, “Yes, I will.”"]),
      ["Tobias Wren: Yes, I will"])
    XCTAssertEqual(
      directQuotes([
        "At one point in the book, the author gives an account of Ellen Marsh telling a guard "
          + "to “go away.”"
      ]),
      ["Ellen Marsh: go away"])
  }

  /// A name in brackets ("(AFP)") and the object of a gerund ("from entering the United
  /// States") are never the subject a participle speaks for.
  func testBracketedNameAndGerundObjectAreNoSubject() {
    XCTAssertEqual(
      directQuotes([
        "Paris (AFP) – Ellen Marsh took aim at the plan, saying: “It is a folly.”"
      ]),
      ["Ellen Marsh: It is a folly"])
    XCTAssertEqual(
      directQuotes([
        "To stop migrants from entering the United States, a close aide rallied supporters, "
          + "saying: “We have to stop him.”"
      ]),
      ["-: We have to stop him"])
  }

  /// A quote that closes the subordinate clause opening its sentence belongs to that
  /// clause's speaker, not to the cue of the main clause after it.
  func testQuoteClosingAnOpeningClauseBelongsToItsSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "After Senator Tobias Wren said that pupils might do better at “smaller schools,” "
          + "Ellen Marsh said: “I do not like what he said.”"
      ]),
      ["Tobias Wren: smaller schools", "Ellen Marsh: I do not like what he said"])
    XCTAssertEqual(
      directQuotes([
        "When Ellen Marsh pointed out that the levy is “a tax by another name,” Tobias Wren "
          + "seized on it."
      ]),
      ["Ellen Marsh: a tax by another name"])
  }

  /// A US state's abbreviation after a town is a place, never a speaker: the name before the
  /// appositions speaks.
  func testStateAbbreviationIsNoSpeaker() {
    XCTAssertEqual(
      directQuotes([
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Ellen Marsh of Vermont endorsed the "
          + "mayor, saying he would “make an outstanding governor.”"
      ]),
      ["Ellen Marsh: make an outstanding governor"])
    let paragraph =
      "“The parade was a joy,” Tobias Wren, 59, of Ashton, Md., who watched it from a roof, said."
    XCTAssertEqual(directQuotes([paragraph]), ["Tobias Wren: The parade was a joy"])
    XCTAssertFalse(extractQuotes([paragraph]).actors.contains { $0.name == "Md." })
  }

  /// The subject of an opening subordinate clause ("If she wins, …") is not the sentence's,
  /// for which a participle speaks.
  func testOpeningClauseSubjectIsNotTheSentences() {
    XCTAssertEqual(
      directQuotes([
        "Senator Ada Quill spoke first.",
        "If she wins the race, Ellen Marsh has said she would curb her critics, vowing to "
          + "“open up” the libel laws.",
      ]),
      ["Ellen Marsh: open up"])
  }

  /// A question whose cue comes before it keeps that cue: the next sentence's cue is the
  /// answer's.
  func testQuestionAfterItsCueKeepsIt() {
    XCTAssertEqual(
      directQuotes([
        "Ellen Marsh responds to Tobias Wren with, “Why now? Was that on my way to Dayton?” "
          + "Wren then writes back, “You look tired.”"
      ]),
      ["Ellen Marsh: Why now? Was that on my way to Dayton?", "Tobias Wren: You look tired"])
  }

  /// A name after a participle is its object, never its subject.
  func testNameAfterAParticipleIsNoSpeaker() {
    let found = directQuotes([
      "The attorney general is suing Ellen Marsh, claiming Acme University is “a fraud.”"
    ])
    XCTAssertFalse(found.contains("Acme University: a fraud"), "\(found)")
  }
}
