import ChronicleTestSupport
import Foundation
import XCTest

/// The terminal is the user's: article text cannot drive it, and every way out of the explorer
/// (signals, suspend) gives it back as it was.
final class TerminalSafetyEndToEndTests: EndToEndCase {
  /// Escape sequences that would set the window title (OSC 0 and 2), clear the screen (CSI),
  /// ring the bell, start a C1 CSI, move back a cell, and reverse the text (bidi override).
  private static let hostileParagraph =
    "The file says \u{1B}]0;PWNED\u{7} and \u{1B}]2;OWNED\u{1B}\\ then \u{1B}[2J\u{1B}[H clear, "
    + "a bell \u{7} here, \u{9B} C1 CSI, back\u{8}space and \u{202E}reversed\u{202C} text, "
    + "Marco Rubio said."

  func testArticleEscapes_areShownAsPlaceholdersAndNeverReachTheTerminal() throws {
    let folder = try ArticleFolder()
    let article = try folder.write(
      "hostile.txt", "Officials met in Geneva on Monday.\n\n" + Self.hostileParagraph + "\n")
    let t = try open([article])
    let titleBefore = try t.display("#{pane_title}")
    try t.send("j", "4")  // the second event, then its paragraph in the Source pane
    // The Source pane wraps the paragraph at spaces, so each sequence is looked for alone.
    let screen = try t.waitFor("the paragraph with placeholders in Source") { screen in
      ["▶ Source", "␛]0;PWNED␇", "␛]2;OWNED␛\\", "␛[2J␛[H", "back␈space", "�reversed�"]
        .allSatisfy(screen.contains)
    }
    XCTAssertTrue(screen.contains("␇ here"), screen)
    XCTAssertTrue(screen.contains("▶ Source"), "the screen was not cleared")
    let title = try t.display("#{pane_title}")
    XCTAssertEqual(title, titleBefore, "the terminal title is unchanged")
    XCTAssertFalse(title.contains("PWNED") || title.contains("OWNED"))
  }

  func testSighup_restoresTheTerminalAndExits129() throws {
    let t = try open()
    XCTAssertEqual(kill(try chroniclePID(in: t), SIGHUP), 0)
    try t.waitFor(text: "EXIT=129")
    XCTAssertEqual(try t.display("#{alternate_on}"), "0")
  }

  /// Ctrl-Z needs a shell with job control, so this one types into an interactive bash.
  func testCtrlZ_suspendsToTheShellAndFgRedraws() throws {
    let t = try start("env -i PATH=/usr/bin:/bin HOME=/tmp \(Self.terminalEnvironment) PS1='ready$ ' bash --norc --noprofile -i")
    try t.waitFor(text: "ready$")
    try t.type("'\(ChronicleBinary.path)'")
    try t.send("Enter")
    try t.waitFor(text: "▶ Timeline")
    try t.send("C-z")
    let shell = try t.waitFor("the shell after Ctrl-Z") {
      $0.contains("Stopped") && !$0.contains("▶ Timeline")
    }
    XCTAssertTrue(shell.contains("ready$"), shell)
    XCTAssertEqual(try t.display("#{alternate_on}"), "0", "the shell's screen is back")
    try t.type("fg")
    try t.send("Enter")
    try t.waitFor("the explorer redrawn") { screen in
      ["▶ Timeline", "Actors (", "Quotes (", "Source"].allSatisfy(screen.contains)
    }
    XCTAssertEqual(try t.display("#{alternate_on}"), "1")
    try t.send("q")
    try t.waitFor("the prompt after q") { $0.contains("ready$") && !$0.contains("▶ Timeline") }
  }
}
