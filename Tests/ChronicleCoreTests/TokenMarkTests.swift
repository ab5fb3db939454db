@testable import ChronicleCore
import XCTest

/// The rules ask which mark a token is, and which word, by scalar and by length first
/// (`Token.isMark`, `isPunctuation`, `reads`): the answers must be those of comparing texts.
final class TokenMarkTests: XCTestCase {
  private func tokens(_ text: String) -> [Token] {
    var vocabulary = Vocabulary()
    return Tokenizer.tokenize(Array(text.unicodeScalars), vocabulary: &vocabulary)
  }

  func testMarks_matchOnlyTokensThatAreJustThatScalar() {
    let t = tokens("Wait... “Yes,” she said — ''quietly'' (now)…")
    let texts = t.map(\.text)
    XCTAssertEqual(
      texts,
      [
        "Wait", "...", "“", "Yes", ",", "”", "she", "said", "—", "''", "quietly", "''", "(", "now",
        ")", "…",
      ])
    for (token, text) in zip(t, texts) {
      for mark: Unicode.Scalar in [".", ",", "“", "”", "'", "—", "(", ")", "…"] {
        XCTAssertEqual(token.isMark(mark), text == String(mark), "\(text) as \(mark)")
        XCTAssertEqual(
          token.isPunctuation(mark), token.kind == .punctuation && text == String(mark),
          "\(text) as punctuation \(mark)")
      }
    }
  }

  func testReads_comparesTheLowerCaseWithAWordOfAnyLength() {
    let t = tokens("THAT That that than thatch tha To to")
    XCTAssertEqual(t.map { $0.reads("that") }, [true, true, true, false, false, false, false, false])
    XCTAssertEqual(t.map { $0.reads("to") }, [false, false, false, false, false, false, true, true])
  }
}
