import ChronicleTestSupport
import Foundation
import XCTest

/// Curation with the real binary on a folder of articles and `--archive`: each command changes
/// the panes and survives quitting, `kill -9` and a changed article; `:edits` + `d` reverts;
/// `extract --archive` carries the edits; edits travel through `edits export` / `edits import`;
/// bad input is named and saves nothing.
final class CurationEndToEndTests: EndToEndCase {
  private var folder: String { scratch + "/news" }
  private var articlePath: String { folder + "/harbour.md" }
  private var archivePath: String { scratch + "/archive.sqlite" }

  private func openFolder() throws -> Tmux {
    try open(["--archive", archivePath, folder])
  }

  /// Ends the session and opens the folder again once the old tmux server is gone (a new
  /// one on the same socket would race with it).
  private func reopen(_ t: Tmux) throws -> Tmux {
    t.kill()
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline, !((try? t.capture()) ?? "").isEmpty { usleep(50_000) }
    return try openFolder()
  }

  /// Runs `chronicle ARGUMENTS` headless with a data directory of its own, so no edits file
  /// of the real home is carried into the test's archives.
  private func chronicle(_ arguments: [String]) throws -> Spawn.Outcome {
    try ChronicleBinary.run(arguments, environment: ["XDG_DATA_HOME": scratch + "/data"])
  }

  private func command(_ t: Tmux, _ line: String, confirms text: String) throws {
    try t.type(line)
    try t.send("Enter")
    try t.waitFor(text: text, timeout: 20)
  }

  private func quit(_ t: Tmux) throws {
    try t.send("q")
    try t.waitFor(text: "EXIT=0", timeout: 20)
  }

  /// The edits in force in `archive`, one JSON line each.
  private func exportedEdits(_ archive: String) throws -> [String] {
    let export = try chronicle(["edits", "export", "--archive", archive])
    XCTAssertEqual(export.status, 0, export.stderr)
    return String(decoding: export.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// Actors pane: the "no country" header, then Elena Marsh (more mentions), Tomas Quill.
  private func renameMarsh(_ t: Tmux) throws {
    try t.send("2")
    try t.send("j")
    try command(t, ":rename Helen Marsh", confirms: "saved: rename")
  }

  func testEachCommand_changesThePanes_andStaysChangedAfterReopening() throws {
    try scratchFile("news/harbour.md", CurationArticle.withFollowUp)
    var t = try openFolder()
    try t.send("2")
    try t.send("j")
    try command(
      t, ":rename Helen Marsh", confirms: #"saved: rename "Elena Marsh" to "Helen Marsh""#)
    try command(t, ":split Marsh", confirms: #"saved: split "Marsh" off "Helen Marsh""#)
    try t.waitFor(text: "Actors (3)")
    try command(t, ":merge Marsh", confirms: #"saved: merge "Helen Marsh" into "Marsh""#)
    try t.waitFor(text: "Actors (2)")
    try command(t, ":set-country FRA", confirms: #"saved: country of "Marsh": FRA"#)
    try t.waitFor(text: "France (FRA)")
    try t.send("3")
    try t.send("g")
    try command(t, ":speaker Tomas Quill", confirms: "saved: speaker")
    try t.waitFor(text: "Tomas Quill · “will reopen within a month”")
    try command(t, ":hide", confirms: "saved: hide quote")
    try t.waitFor(text: "Quotes (2)")
    try t.send("1")
    try t.send("g")
    try command(t, ":set-date 2024-12-25", confirms: "saved: date")
    try t.waitFor(text: "25 Dec 2024")
    try t.send("j")
    try command(t, ":hide", confirms: "saved: hide event \"Marsh told reporters")
    try t.waitFor(text: "Timeline (2)")
    try t.send("2")
    try t.send("G")
    try command(t, ":hide", confirms: #"saved: hide actor "Tomas Quill""#)
    try t.waitFor(text: "Actors (1)")
    try quit(t)
    let saved = try exportedEdits(archivePath)
    XCTAssertEqual(saved.count, 9, saved.joined(separator: "\n"))
    t = try reopen(t)
    try t.waitFor("every edit still applied") { screen in
      ["Actors (1)", "Quotes (2)", "Timeline (2)", "France (FRA)", "25 Dec 2024"]
        .allSatisfy(screen.contains)
        && !screen.contains("Helen Marsh")
    }
    try quit(t)
    try scratchFile(
      "news/harbour.md",
      CurationArticle.withFollowUp + "\nDock workers said on Monday that \"the cranes are back.\"\n")
    t = try reopen(t)
    try t.waitFor("every edit applied to the changed article", timeout: 20) { screen in
      ["Quotes (3)", "Timeline (3)", "France (FRA)", "25 Dec 2024"].allSatisfy(screen.contains)
        && !screen.contains("will reopen within a month”")
    }
  }

  func testRename_survivesKill9QuitAndAnAppendedParagraph_andExtractCarriesIt() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    var t = try openFolder()
    try renameMarsh(t)
    kill(try chroniclePID(in: t), SIGKILL)
    t = try reopen(t)
    try t.waitFor(text: "Helen Marsh")
    try quit(t)
    try scratchFile(
      "news/harbour.md",
      CurationArticle.text + "\nOfficials said on Friday that \"the pier is safe.\"\n")
    t = try reopen(t)
    try t.waitFor(text: "Helen Marsh")
    try quit(t)
    let csv = try chronicle(
      ["extract", "--format", "csv", "--archive", archivePath, folder])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    XCTAssertTrue(String(decoding: csv.stdout, as: UTF8.self).contains("Helen Marsh"))
    let json = try chronicle(["extract", "--archive", archivePath, folder])
    XCTAssertEqual(json.status, 0, json.stderr)
    let text = String(decoding: json.stdout, as: UTF8.self)
    XCTAssertTrue(text.contains(#""name":"Helen Marsh""#), text)
    XCTAssertTrue(text.contains(#""aliases":["Elena Marsh"]"#), text)
  }

  func testEditsListAndD_revertTheEdit() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    var t = try openFolder()
    try renameMarsh(t)
    try command(t, ":edits", confirms: "applies")
    try t.send("d")
    try t.waitFor(text: "reverted: rename")
    try t.send("Escape")
    try quit(t)
    t = try reopen(t)
    try t.waitFor("the original name") { $0.contains("Elena Marsh") && !$0.contains("Helen Marsh") }
    XCTAssertEqual(try exportedEdits(archivePath), [])
  }

  func testBadInput_isNamedAndSavesNothing() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    try scratchFile(
      "news/pier.md", "Harbour pilot Tomas Reyes said on Monday that \"the channel is clear.\"\n")
    let t = try openFolder()
    try t.send("2")
    try t.send("g")
    try t.send("j")
    try command(t, ":merge Nobody", confirms: "no actor 'Nobody'")
    try command(t, ":merge Tomas", confirms: "'Tomas' is ambiguous: ")
    try command(t, ":set-country Atlantis", confirms: "unknown country 'Atlantis'")
    try t.send("1")
    try t.send("g")
    try command(t, ":set-date 2025-13-40", confirms: "bad date '2025-13-40'")
    try quit(t)
    XCTAssertEqual(try exportedEdits(archivePath), [], "nothing saved")
  }

  func testEditsExportThenImport_reproducesTheEditsInAFreshArchive() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    let t = try openFolder()
    try renameMarsh(t)
    try quit(t)
    let shared = scratch + "/shared.jsonl"
    let export = try chronicle(["edits", "export", "--archive", archivePath, "-o", shared])
    XCTAssertEqual(export.status, 0, export.stderr)
    let fresh = scratch + "/fresh.sqlite"
    for expected in ["imported 1 new edit(s) of 1", "imported 0 new edit(s) of 1"] {
      let imported = try chronicle(["edits", "import", "--archive", fresh, shared])
      XCTAssertEqual(imported.status, 0, imported.stderr)
      XCTAssertTrue(imported.stderr.contains(expected), imported.stderr)
    }
    XCTAssertEqual(
      try exportedEdits(fresh).joined(separator: "\n") + "\n",
      try String(contentsOfFile: shared, encoding: .utf8), "the same edits")
    let csv = try chronicle(["extract", "--format", "csv", "--archive", fresh, folder])
    XCTAssertTrue(String(decoding: csv.stdout, as: UTF8.self).contains("Helen Marsh"))
    let parts = scratch + "/parts.jsonl"
    try chronicle(["extract", "--format", "jsonl", articlePath]).stdout
      .write(to: URL(fileURLWithPath: parts))
    let merged = try chronicle(["merge", "--edits", shared, "--format", "csv", parts])
    XCTAssertTrue(String(decoding: merged.stdout, as: UTF8.self).contains("Helen Marsh"))
  }

  func testImportOfAMalformedLine_isNamedAndImportsNothing() throws {
    let rename = #"{"actor":{"names":["Elena Marsh"]},"op":"rename","value":"Helen Marsh"}"#
    let bad = try scratchFile("bad.jsonl", rename + "\n{oops\n")
    let refused = try chronicle(["edits", "import", "--archive", archivePath, bad])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(
      refused.stderr.contains("bad.jsonl:2: not an edit (malformed JSON)"), refused.stderr)
    XCTAssertEqual(try exportedEdits(archivePath), [], "nothing half-imported")
  }

  func testFollowedArrivals_keepTheEditsOnScreen() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    let t = try open(["--follow", "--archive", archivePath, folder])
    try renameMarsh(t)
    try scratchFile(
      "news/pier.md", "Harbour pilot Tomas Reyes said on Monday that \"the channel is clear.\"\n")
    try t.waitFor("the new article, the edit still applied", timeout: 20) { screen in
      screen.contains("following +1") && screen.contains("Helen Marsh")
    }
  }

  func testEditsOfTheOldEditsFile_areCarriedIntoTheArchiveOnce() throws {
    let rename = #"{"actor":{"names":["Elena Marsh"]},"op":"rename","value":"Helen Marsh"}"#
    try scratchFile(
      "data/chronicle/edits.jsonl",
      #"{"created":"2026-01-01T00:00:00Z","edit":"# + rename + #","id":1,"reverted":false}"# + "\n")
    let withoutArchive = try chronicle(["edits", "export", "--no-archive"])
    XCTAssertEqual(String(decoding: withoutArchive.stdout, as: UTF8.self), rename + "\n")
    XCTAssertEqual(try exportedEdits(archivePath), [rename])
    XCTAssertEqual(try exportedEdits(archivePath), [rename], "carried over once")
  }
}
