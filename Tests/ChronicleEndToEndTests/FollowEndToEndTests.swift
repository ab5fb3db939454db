import Foundation
import XCTest

/// The real binary in tmux on a folder of invented articles: the Source pane follows and
/// scrolls, rows say where they come from, and the status bar fits at 80×24.
final class FollowEndToEndTests: EndToEndCase {
  private func openNews(width: Int, height: Int) throws -> Tmux {
    try NewsFolder.write { name, text in try scratchFile(name, text) }
    return try open([scratch + "/news"], width: width, height: height)
  }

  func testSource_followsTheSelectionAndScrollsToAQuoteDeepInAParagraph() throws {
    let t = try openNews(width: 100, height: 24)
    try t.send("3")
    try t.type("/cranes")
    try t.send("Enter")
    let screen = try t.waitFor("the Source pane on the cranes quote") {
      $0.contains("gazette · 9 Oct 2016 · Harbour") && $0.contains("moving by spring")
    }
    XCTAssertTrue(screen.contains("↑"), "a marker says text lies above:\n\(screen)")
    XCTAssertTrue(screen.contains("¶ 4"), screen)
    try t.send("k")
    try t.waitFor("the Source pane following to the previous quote") {
      $0.contains("every street in the") && $0.contains("¶ 3")
    }
  }

  func testSource_showsNeighboursAndClearsWhenNothingMatches() throws {
    let t = try openNews(width: 160, height: 45)
    try t.send("3")
    try t.type("/families")
    try t.send("Enter")
    try t.waitFor("the plain article's quote with its folder as outlet") {
      $0.contains("market-notes") && $0.contains("Market prices rose")
    }
    try t.type(":actor Costa")
    try t.send("Enter")
    try t.type(":country Japan")
    try t.send("Enter")
    try t.waitFor(text: "Japan (JPN) is not named in these articles")
    try t.type(":actor Brandt")
    try t.send("Enter")
    try t.waitFor("an empty view and a cleared Source pane") {
      $0.contains("Nothing matches the filters") && $0.contains("Select a quote or event")
        && !$0.contains("Market prices rose")
    }
  }

  func testRows_showOutletAndDateAndCutWithAnEllipsis() throws {
    let t = try openNews(width: 160, height: 45)
    let screen = try t.waitFor("rows with their outlets") {
      $0.contains("gazette") && $0.contains("courier") && $0.contains("9 Oct 2016")
        && $0.contains("12 Oct 2016")
    }
    XCTAssertTrue(screen.contains("…"), "long rows are cut with an ellipsis:\n\(screen)")
    try t.type(":sort document")
    try t.send("Enter")
    try t.waitFor(text: "── courier · 12 Oct 2016 · Dock workers plan a strike this weekend ──")
  }

  func testStatusBar_at80x24KeepsHelpAndCountsWithFilters() throws {
    let t = try openNews(width: 80, height: 24)
    try t.type(":actor Varga")
    try t.send("Enter")
    try t.type(":actor Ruiz")
    try t.send("Enter")
    try t.type(":undated hide")
    try t.send("Enter")
    // The last command's message says all three were taken; only then is the line read.
    let screen = try t.waitFor(text: "undated events hidden")
    let status = try XCTUnwrap(
      screen.split(separator: "\n").first { $0.contains(" │ ") && $0.contains("Timeline") && $0.contains("help") },
      screen)
    XCTAssertTrue(status.hasSuffix("? help"), "help stays at the end:\n\(screen)")
    XCTAssertTrue(status.contains("2 filters") || status.contains("Varga"), "the filters:\n\(screen)")
    XCTAssertTrue(status.contains(" of 11 ") || status.contains("/11 "), "the counts:\n\(screen)")
  }
}
