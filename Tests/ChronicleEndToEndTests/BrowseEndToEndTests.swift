import Foundation
import XCTest

/// Runs the real `chronicle` binary on the built-in sample inside tmux and reads the screen.
final class BrowseEndToEndTests: EndToEndCase {
  /// Vance's reported quote as its Quotes row begins (his direct words "fundamentally none of
  /// our business" lie inside it and are highlighted there, not listed apart).
  private static let vanceWords = "J.D. Vance · the U.S. would not"

  func testBrowse_actorFilterHidesVanceQuoteAndXBringsItBack() throws {
    let t = try open()
    try t.waitFor(text: Self.vanceWords)
    try t.type(":actor Rubio")
    try t.send("Enter")
    try t.waitFor("the Vance quote to disappear") {
      $0.contains("actor Marco Rubio") && !$0.contains(Self.vanceWords)
    }
    try t.send("x")
    try t.waitFor("the Vance quote to return") {
      $0.contains("no filter") && $0.contains(Self.vanceWords)
    }
  }

  func testBrowse_searchQuoteEnterShowsParagraphSevenHighlightedAndEscReturns() throws {
    let t = try open()
    try t.send("3")
    try t.type("/fundamentally")
    try t.send("Enter")
    try t.send("Enter")
    let screen = try t.waitFor("¶ 7 in the focused Source pane", escapes: true) {
      $0.contains("¶ 7") && $0.contains("▶ Source")
    }
    let lines = screen.split(separator: "\n").map(SGRLine.init)
    let sourceLine = try XCTUnwrap(
      lines.first { $0.attributes(of: "fundamentally", from: 60) != nil })
    let quoted = try XCTUnwrap(sourceLine.attributes(of: "fundamentally", from: 60))
    XCTAssertTrue(quoted.allSatisfy { $0.underline && $0.bold }, "quoted words are highlighted")
    if let before = sourceLine.attributes(of: "his words", from: 60) {
      XCTAssertFalse(before.contains { $0.underline }, "the words around the quote are not")
    }
    try t.send("Escape")
    try t.waitFor(text: "▶ Quotes")
  }

  func testBrowse_helpAndResizeDownToTooSmallAndBack() throws {
    let t = try open()
    try t.send("?")
    try t.waitFor(text: "Show or hide this help")
    try t.send("?")
    try t.waitFor("help to close") { !$0.contains("Show or hide this help") }
    try t.resize(50, 12)
    try t.waitFor(text: "1 Timeline")
    try t.resize(30, 8)
    try t.waitFor(text: "too small")
    try t.resize(120, 40)
    try t.waitFor("four panes again") { screen in
      ["▶ Timeline", "Actors (", "Quotes (", "Source"].allSatisfy(screen.contains)
        && !screen.contains("too small")
    }
  }

  func testBrowse_qExitsZeroAndRestoresTheTerminal() throws {
    let t = try open()
    try t.send("q")
    let screen = try t.waitFor(text: "EXIT=0")
    XCTAssertFalse(screen.contains("▶ Timeline"), "the explorer's screen is gone")
    XCTAssertEqual(try t.display("#{alternate_on}"), "0", "the alternate screen is left")
  }

  func testBrowse_ctrlCRestoresTheTerminal() throws {
    let t = try open()
    try t.send("C-c")
    try t.waitFor(text: "EXIT=130")
    XCTAssertEqual(try t.display("#{alternate_on}"), "0")
  }

  func testBrowse_sigtermRestoresTheTerminalAndExits143() throws {
    let t = try open()
    XCTAssertEqual(kill(try chroniclePID(in: t), SIGTERM), 0)
    try t.waitFor(text: "EXIT=143")
    XCTAssertEqual(try t.display("#{alternate_on}"), "0")
  }

  func testBrowse_noColorDrawsAttributesOnly() throws {
    let t = try open(environment: "NO_COLOR=1")
    let screen = try t.waitFor("the status bar", escapes: true) { $0.contains("events") }
    XCTAssertEqual(SGRLine.colourCodes(in: screen), [], "NO_COLOR must not set colours")
    XCTAssertTrue(screen.contains("\u{1B}["), "attributes still mark roles")
  }

  /// Mouse input as xterm sends it (SGR 1006, which xterm-256color's terminfo names): a click
  /// on a quote focuses Quotes and shows its paragraph; the wheel moves the selection.
  func testBrowse_mouseClickSelectsAQuoteAndTheWheelMovesOn() throws {
    let t = try open()
    let screen = try t.waitFor(text: Self.vanceWords)
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try XCTUnwrap(
      lines.firstIndex { $0.contains(Self.vanceWords) && $0.contains("Vance ·") })
    let column = try XCTUnwrap(lines[row].range(of: "Vance ·")).lowerBound.utf16Offset(
      in: lines[row])
    try t.type("\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m")
    try t.waitFor("Quotes focused with ¶ 7 in Source") {
      $0.contains("▶ Quotes") && $0.contains("¶ 7 ·")
    }
    try t.type("\u{1B}[<65;\(column + 1);\(row + 1)M")
    try t.waitFor("the wheel to select the next quote's paragraph") {
      !$0.contains("¶ 7 ·") && $0.contains("▶ Quotes")
    }
  }
}
