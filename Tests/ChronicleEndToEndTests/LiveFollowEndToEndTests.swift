import ChronicleCore
import Foundation
import XCTest

/// `chronicle --follow FOLDER` in tmux: articles written into the folder while the explorer
/// is open appear in it, and the reader's filter and selection stay where they were.
final class LiveFollowEndToEndTests: EndToEndCase {
  /// An article about Rubio dated before the sample, so its rows sort above the reader's.
  private static let rubioArticle = """
    ---
    title: Envoys meet in Geneva
    date: 2025-05-02
    ---

    On Thursday, Secretary of State Marco Rubio met envoys in Geneva. "We want calm \
    on every border," Rubio said after the talks.

    The envoys agreed to meet again within a month.
    """

  private var folder: String { scratch + "/news" }

  /// Opens the explorer following a folder that holds the sample.
  private func openFollowing(width: Int = 120, height: Int = 40) throws -> Tmux {
    try scratchFile("news/" + BuiltinSample.path, BuiltinSample.text)
    return try open(["--follow", folder], width: width, height: height)
  }

  /// "N of M events" in the status line, as numbers.
  private func counts(_ screen: String) -> (events: Int, quotes: Int)? {
    guard let line = screen.split(separator: "\n").last(where: { $0.contains(" events · ") })
    else { return nil }
    let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    guard numbers.count >= 4 else { return nil }
    return (numbers[0], numbers[2])
  }

  /// The Source pane's header line: which paragraph of which article is selected.
  private func sourceHeader(_ screen: String) -> String? {
    screen.split(separator: "\n").first { $0.contains("¶ ") }.map { line in
      String(line[line.range(of: "¶ ")!.lowerBound...])
    }
  }

  func testFollow_newArticleJoinsTheFilteredViewAndTheSelectionStays() throws {
    let t = try openFollowing()
    try t.waitFor(text: "following")
    try t.type(":actor Rubio")
    try t.send("Enter")
    try t.send("j", "j")
    let before = try t.waitForStill("the filter and a selected event") {
      $0.contains("actor Marco Rubio") && $0.contains("¶ ")
    }
    let (events, quotes) = try XCTUnwrap(counts(before))
    let header = try XCTUnwrap(sourceHeader(before))
    let written = Date()
    try scratchFile("news/geneva.md", Self.rubioArticle)
    let after = try t.waitFor("the new article's rows", timeout: 2) { screen in
      guard let now = counts(screen) else { return false }
      return now.events > events && now.quotes > quotes
    }
    XCTAssertLessThan(Date().timeIntervalSince(written), 2.0, "on screen within 2 s")
    XCTAssertTrue(after.contains("actor Marco Rubio"), "the filter is still on:\n\(after)")
    XCTAssertTrue(after.contains("following +1"), after)
    XCTAssertTrue(after.contains("We want calm on every border"), after)
    XCTAssertEqual(sourceHeader(after), header, "the selected row is the same one")
  }

  func testFollow_aFileWrittenInTwoHalvesNeverShowsHalf() throws {
    let t = try openFollowing()
    let before = try XCTUnwrap(counts(try t.waitFor(text: "following")))
    let path = folder + "/slow.md"
    let text = Array(Self.rubioArticle.utf8)
    let half = text.count / 2
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text[..<half])))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    sleep(1)
    XCTAssertEqual(counts(try t.capture())?.events, before.events, "nothing of the half file")
    try handle.write(contentsOf: Data(text[half...]))
    try handle.close()
    try t.waitFor("the whole article", timeout: 2) {
      $0.contains("We want calm on every border") && (counts($0)?.events ?? 0) > before.events
    }
  }

  func testFollow_aNewSubfolderIsPickedUpAndDeletingRemovesTheRows() throws {
    let t = try openFollowing()
    let before = try XCTUnwrap(counts(try t.waitFor(text: "following")))
    try scratchFile("news/later/geneva.md", Self.rubioArticle)
    try t.waitFor("the article in the new subfolder", timeout: 2) {
      (counts($0)?.events ?? 0) > before.events && $0.contains("We want calm on every border")
    }
    try FileManager.default.removeItem(atPath: folder + "/later/geneva.md")
    try t.waitFor("its rows to leave", timeout: 2) { screen in
      counts(screen)?.events == before.events && !screen.contains("We want calm on every border")
    }
  }

  func testFollow_badArrivalsAreReportedOnceAndFollowingGoesOn() throws {
    let t = try openFollowing()
    try t.waitFor(text: "following")
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    try Data(png).write(to: URL(fileURLWithPath: folder + "/photo.png"))
    try Data(png).write(to: URL(fileURLWithPath: folder + "/scan.txt"))
    try t.waitFor(text: "scan.txt", timeout: 2)
    let screen = try t.capture()
    XCTAssertFalse(screen.contains("photo.png"), "files that are not articles are ignored")
    try scratchFile("news/geneva.md", Self.rubioArticle)
    try t.waitFor(text: "We want calm on every border", timeout: 2)
    try t.send("q")
    try t.waitFor(text: "EXIT=1")
    let stderr = try String(contentsOfFile: scratch + "/stderr", encoding: .utf8)
    XCTAssertEqual(stderr.components(separatedBy: "scan.txt").count - 1, 1, stderr)
  }

  func testFollow_FPausesAndResumingCatchesUp() throws {
    let t = try openFollowing()
    let before = try XCTUnwrap(counts(try t.waitFor(text: "following")))
    try t.send("F")
    try t.waitFor(text: "paused")
    try scratchFile("news/geneva.md", Self.rubioArticle)
    sleep(1)
    XCTAssertEqual(counts(try t.capture())?.events, before.events, "paused: nothing comes in")
    try t.send("F")
    try t.waitFor("the article after resuming", timeout: 2) {
      $0.contains("following +1") && (counts($0)?.events ?? 0) > before.events
    }
  }
}
