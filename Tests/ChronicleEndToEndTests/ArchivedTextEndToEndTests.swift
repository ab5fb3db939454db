import ChronicleTestSupport
import Foundation
import XCTest

/// An explorer reopening an archive reads article texts back from it as it shows them: the
/// rows show their quotes and sentences, and a quote picked in the Quotes pane brings its
/// paragraph, between its neighbours, into the Source pane.
final class ArchivedTextEndToEndTests: EndToEndCase {
  private var folder: String { scratch + "/news" }
  private var archivePath: String { scratch + "/archive.sqlite" }

  private func writeArticles() throws {
    try scratchFile(
      "news/harbour.md",
      "---\ntitle: Harbour news\ndate: 2025-03-14\n---\nThe cranes stood idle on Monday.\n\n"
        + "Harbour master Ines Calder said \"the ferries will run on time.\"\n")
    try scratchFile(
      "news/market.md",
      "---\ntitle: Market report\ndate: 2025-03-15\n---\nFish prices rose on Tuesday.\n\n"
        + "Trader Tomas Berg said \"the quay is finally repaired.\"\n\n"
        + "The stalls close at noon.\n")
  }

  func testAQuotePickedAfterReopening_showsItsParagraphInTheSourcePane() throws {
    try writeArticles()
    let indexed = try ChronicleBinary.run(
      ["index", "--archive", archivePath, folder],
      environment: ["XDG_DATA_HOME": scratch + "/data"])
    XCTAssertEqual(indexed.status, 0, indexed.stderr)
    let t = try open(["--archive", archivePath, "--layout", "tabs", folder])
    try t.waitFor(text: "Tomas Berg")
    try t.send("3")
    try t.waitFor("both quotes listed") { screen in
      screen.contains("Quotes (2)") && screen.contains("“the ferries will run on time”")
        && screen.contains("“the quay is finally repaired”")
    }
    try t.send("G")
    try t.send("Enter")
    let source = try t.waitFor("the quote's paragraph in the Source pane") { screen in
      screen.contains("¶ 2 · ") && screen.contains("Market report")
    }
    for text in [
      "Fish prices rose on Tuesday.", "Trader Tomas Berg said", "the quay is finally repaired.",
      "The stalls close at noon.",
    ] {
      XCTAssertTrue(source.contains(text), "'\(text)' in the Source pane:\n\(source)")
    }
    XCTAssertFalse(source.contains("the ferries"), "only the picked quote's article:\n\(source)")
  }
}
