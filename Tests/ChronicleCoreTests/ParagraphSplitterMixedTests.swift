import ChronicleCore
import XCTest

/// Files that separate paragraphs with single newlines and only some with blank lines.
final class ParagraphSplitterMixedTests: XCTestCase {
  let long1 = String(repeating: "The council met on Monday and voted on the plan. ", count: 3)
  let long2 = String(repeating: "A poll this week shows support for the plan rising. ", count: 3)

  private func texts(_ body: String) -> [String] {
    ParagraphSplitter.paragraphs(of: Array(body.unicodeScalars)[...]).map(\.text)
  }

  func testLongLinesInABlankLineFile_areParagraphsOfTheirOwn() {
    let body = "Headline\n\n\(long1)\n\(long2)\nShort closing line.\n"
    let paragraphs = texts(body)
    XCTAssertEqual(paragraphs.count, 4, "\(paragraphs)")
    XCTAssertTrue(paragraphs[1].hasPrefix("The council"))
    XCTAssertTrue(paragraphs[2].hasPrefix("A poll"))
  }

  func testHardWrappedProse_staysOneParagraph() {
    let body = "First line of a wrapped\nparagraph goes on here.\n\nSecond paragraph.\n"
    XCTAssertEqual(texts(body), ["First line of a wrapped paragraph goes on here.", "Second paragraph."])
  }

  func testALineOpeningWithAQuote_staysWithTheLineBefore() {
    let body = "Intro.\n\n\(long1)\n\u{201C}We are ready,\u{201D} she said.\n\(long2)\n"
    let paragraphs = texts(body)
    XCTAssertEqual(paragraphs.count, 3, "\(paragraphs)")
    XCTAssertTrue(paragraphs[1].hasSuffix("\u{201C}We are ready,\u{201D} she said."))
  }
}
