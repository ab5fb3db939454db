import ChronicleCore
import ChronicleUI
import XCTest

final class ClipboardAndEditorTests: XCTestCase {
  /// The text inside an OSC 52 sequence, decoded.
  private func clipboard(_ sequence: String) throws -> String {
    let prefix = "\u{1B}]52;c;"
    XCTAssertTrue(sequence.hasPrefix(prefix))
    XCTAssertTrue(sequence.hasSuffix("\u{07}"))
    let base64 = String(sequence.dropFirst(prefix.count).dropLast())
    let data = try XCTUnwrap(Data(base64Encoded: base64))
    return try XCTUnwrap(String(data: data, encoding: .utf8))
  }

  func testY_inQuotesCopiesTheQuoteWithItsCitationAsOSC52() throws {
    let h = Harness()
    h.press(.char("3"), .char("y"))
    XCTAssertEqual(h.host.sequences.count, 1)
    XCTAssertEqual(
      try clipboard(h.host.sequences[0]),
      "“We are ready,” — Alice Smith, Fixture Article (fixture.md), ¶ 2")
    XCTAssertTrue(h.text.contains("copied quote q1 with its citation"))
  }

  func testY_reducerEmitsTheClipboardEffect() {
    var state = AppState(corpus: Fixture.corpus, size: Size(width: 120, height: 40))
    state.focus = .quotes
    state.cursors[.quotes] = PaneCursor(row: 1)
    let effects = reduce(state, .action(.copyQuote), corpus: Fixture.corpus).effects
    XCTAssertEqual(
      effects,
      [
        .copyToClipboard(
          "the talks were fundamentally stalled (reported) — Bob Jones, Fixture Article "
            + "(fixture.md), ¶ 3")
      ])
  }

  func testY_inTimelineCopiesTheEventsFirstQuote() throws {
    let h = Harness()
    h.press(.char("j"), .char("j"), .char("y"))  // past the "Undated" header
    XCTAssertTrue(try clipboard(XCTUnwrap(h.host.sequences.first)).hasPrefix("“We are ready,”"))
  }

  func testY_withoutAQuoteSaysSo() {
    let h = Harness()
    h.press(.char("y"))
    XCTAssertEqual(h.host.sequences, [])
    XCTAssertTrue(h.text.contains("no quote here"))
  }

  func testOSC52_encodesUTF8AsBase64() {
    XCTAssertEqual(OSC52.sequence(copying: "é ¶"), "\u{1B}]52;c;w6kgwrY=\u{07}")
  }

  func testE_opensTheEditorAtTheParagraphsLine() throws {
    let path = NSTemporaryDirectory() + "chronicle-edit-\(UUID().uuidString).md"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let text = """
      ---
      title: Talks
      date: 2025-05-09
      ---

      Alice Smith met Bob Jones
        in Paris on Monday.

      "We are ready," said Alice Smith on Tuesday.
      """
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let corpus = CorpusLoader().load(paths: [path]).corpus
    let h = Harness(corpus: corpus, settings: AppSettings(editor: "myedit -w"))
    h.press(.char("3"), .char("e"))
    XCTAssertEqual(
      h.host.commands, [["/bin/sh", "-c", "myedit -w \"$@\"", "chronicle", "+9", path]])
    XCTAssertTrue(h.text.contains("edited \(path) at line 9"))
  }

  func testE_onTheBuiltInSampleSaysThereIsNoFile() {
    let h = Harness(corpus: CorpusLoader().load(paths: []).corpus)
    h.press(.char("e"))
    XCTAssertEqual(h.host.commands, [])
    XCTAssertTrue(h.text.contains("the built-in sample has no file to open"))
  }

  func testE_editorFailureIsShown() throws {
    let path = NSTemporaryDirectory() + "chronicle-edit-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "Alice Smith said \"hi\" on Monday.\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let h = Harness(corpus: CorpusLoader().load(paths: [path]).corpus)
    h.host.exitStatus = 127
    h.press(.char("e"))
    XCTAssertTrue(h.text.contains("exited with status 127"))
  }

  func testLineLocator_findsRepeatedParagraphsInOrder() {
    let file = "Intro.\n\nSame words.\n\nMiddle\n\n  Same   words.\n"
    let paragraphs = ["Intro.", "Same words.", "Middle", "Same words."].enumerated().map {
      Paragraph(index: $0, kind: .text, text: $1)
    }
    let locator = SourceLineLocator(fileText: file)
    XCTAssertEqual(locator.line(ofParagraph: 1, in: paragraphs), 3)
    XCTAssertEqual(locator.line(ofParagraph: 3, in: paragraphs), 7)
    XCTAssertNil(locator.line(ofParagraph: 9, in: paragraphs))
  }

  func testEditorCommand_quotesNothingIntoTheShell() {
    XCTAssertEqual(
      EditorCommand.arguments(editor: "", path: "a b;rm.md", line: nil),
      ["/bin/sh", "-c", "vi \"$@\"", "chronicle", "a b;rm.md"])
  }
}
