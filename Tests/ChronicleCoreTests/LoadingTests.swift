import ChronicleCore
import XCTest

final class LoadingTests: XCTestCase {
  private func document(_ text: String, date: CalendarDate? = nil) -> Document {
    DocumentReader(dateOverride: date).read(SourceText(path: "t.txt", text: text), id: "d1").0
  }

  func testFrontMatter_givesTitleAndDate() {
    let d = document("---\ntitle: A day\ndate: 2024-02-29\n---\n\nBody here.\n")
    XCTAssertEqual(d.title, "A day")
    XCTAssertEqual(d.published?.description, "2024-02-29")
    XCTAssertEqual(d.paragraphs.map(\.text), ["Body here."])
  }

  func testFrontMatterValues_loseSpacesAndOnePairOfQuotes() {
    XCTAssertEqual(document("---\ntitle:  \"A \u{201C}day\u{201D}\"  \n---\nText.").title, "A \u{201C}day\u{201D}")
    XCTAssertEqual(document("---\nTitle: 'Zoë's'\n---\nText.").title, "Zoë's")
    XCTAssertEqual(document("---\ntitle: \"\n---\nText.").title, "\"")
    XCTAssertEqual(document("---\ntitle: \"half\n---\nText.").title, "\"half")
  }

  func testDateOverride_winsOverFrontMatter() {
    let d = document("---\ndate: 2024-02-29\n---\nText.", date: CalendarDate(iso: "2020-01-01"))
    XCTAssertEqual(d.published?.description, "2020-01-01")
  }

  func testBadFrontMatterDate_isWarnedAndIgnored() {
    let (d, problems) = DocumentReader().read(
      SourceText(path: "bad.md", text: "---\ndate: 2025-13-45\n---\nText."), id: "d1")
    XCTAssertNil(d.published)
    XCTAssertEqual(problems.count, 1)
    XCTAssertTrue(problems[0].description.hasPrefix("bad.md: "))
  }

  func testUnclosedFrontMatter_isReadAsText() {
    let (d, problems) = DocumentReader().read(
      SourceText(path: "u.md", text: "---\ntitle: x\n\nStill text."), id: "d1")
    XCTAssertEqual(problems.count, 1)
    XCTAssertEqual(d.paragraphs.first?.text, "--- title: x")
  }

  func testTextOfEveryUTF8Length_isKeptAsWritten() {
    let d = document("Zoë said \u{201C}ok\u{201D}\u{00A0}in Zürich 😀 — café.\n\nÅ\u{2003}b.")
    XCTAssertEqual(
      d.paragraphs.map(\.text), ["Zoë said \u{201C}ok\u{201D} in Zürich 😀 — café.", "Å b."])
  }

  func testBlankLines_separateParagraphsAndCollapseWhitespace() {
    let d = document("One  line\ncontinues.\n\n\nTwo\t here.\n")
    XCTAssertEqual(d.paragraphs.map(\.text), ["One line continues.", "Two here."])
  }

  func testNoBlankLine_makesEachLineAParagraph() {
    let d = document("First line.\nSecond line.\n")
    XCTAssertEqual(d.paragraphs.map(\.text), ["First line.", "Second line."])
  }

  func testHeadings_andTrailingFurniture() {
    let d = document("Talks Resume in Geneva\nThe delegates met on Monday.\nLogin\n")
    XCTAssertEqual(d.paragraphs.map(\.kind), [.heading, .text])
  }

  func testInvalidUTF8_isReplacedWithWarning() throws {
    let result = SourceDecoder.decode([0x48, 0x69, 0xFF, 0x2E], path: "x.txt")
    let decoded = try result.get()
    XCTAssertEqual(decoded.text, "Hi\u{FFFD}.")
    XCTAssertEqual(decoded.warnings.count, 1)
  }

  func testBinaryAndEmptyInputs_areSkipped() {
    XCTAssertThrowsError(try SourceDecoder.decode([0x50, 0x00, 0x01], path: "b.bin").get())
    XCTAssertThrowsError(try SourceDecoder.decode([], path: "e.txt").get())
  }

  func testMissingFile_isReportedAndOthersStillLoad() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Officials met on Monday.".write(
      to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00]).write(to: dir.appendingPathComponent("img.png"))
    let (corpus, problems) = CorpusLoader().load(paths: [dir.path, dir.path + "/missing.txt"])
    XCTAssertEqual(corpus.documents.count, 1)
    XCTAssertEqual(problems.map(\.path), [dir.path + "/missing.txt"])
    XCTAssertEqual(problems.first?.severity, .skipped)
  }
}
