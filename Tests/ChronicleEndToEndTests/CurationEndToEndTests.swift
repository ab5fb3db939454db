import ChronicleTestSupport
import Foundation
import XCTest

/// Curation with the real binary: an edit confirmed on the status bar survives quitting,
/// `kill -9` and a changed article; `:edits` + `d` reverts; exports carry the edits; edits
/// travel through `edits export` / `edits import`.
final class CurationEndToEndTests: EndToEndCase {
  static let article = CurationArticle.text

  private var articlePath: String { scratch + "/harbour.md" }
  private var editsPath: String { scratch + "/edits.jsonl" }

  private func openArticle() throws -> Tmux {
    try open(["--edits", editsPath, articlePath])
  }

  /// Ends the session and opens the article again once the old tmux server is gone (a new
  /// one on the same socket would race with it).
  private func reopen(_ t: Tmux) throws -> Tmux {
    t.kill()
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline, !((try? t.capture()) ?? "").isEmpty { usleep(50_000) }
    return try openArticle()
  }

  /// Actors pane: the "no country" header, then Elena Marsh (more mentions), Tomas Quill.
  private func renameMarsh(_ t: Tmux) throws {
    try t.send("2")
    try t.send("j")
    try t.type(":rename Helen Marsh")
    try t.send("Enter")
    try t.waitFor(text: "saved: rename")
  }

  func testRename_survivesKill9QuitAndAnAppendedParagraph() throws {
    try scratchFile("harbour.md", Self.article)
    var t = try openArticle()
    try renameMarsh(t)
    kill(try chroniclePID(in: t), SIGKILL)
    t = try reopen(t)
    try t.waitFor(text: "Helen Marsh")
    try t.send("q")
    try t.waitFor(text: "EXIT=0")
    try scratchFile(
      "harbour.md", Self.article + "\nOfficials said on Friday that \"the pier is safe.\"\n")
    t = try reopen(t)
    try t.waitFor(text: "Helen Marsh")
    let csv = try ChronicleBinary.run(
      ["extract", "--format", "csv", "--edits", editsPath, articlePath])
    XCTAssertEqual(csv.status, 0, csv.stderr)
    XCTAssertTrue(String(decoding: csv.stdout, as: UTF8.self).contains("Helen Marsh"))
    let json = try ChronicleBinary.run(["extract", "--edits", editsPath, articlePath])
    XCTAssertTrue(
      String(decoding: json.stdout, as: UTF8.self).contains(#""aliases":["Elena Marsh"]"#))
  }

  func testEditsListAndD_revertTheEdit() throws {
    try scratchFile("harbour.md", Self.article)
    var t = try openArticle()
    try renameMarsh(t)
    try t.type(":edits")
    try t.send("Enter")
    try t.waitFor(text: "applies")
    try t.send("d")
    try t.waitFor(text: "reverted: rename")
    try t.send("Escape")
    try t.send("q")
    try t.waitFor(text: "EXIT=0")
    t = try reopen(t)
    try t.waitFor("the original name") { $0.contains("Elena Marsh") && !$0.contains("Helen Marsh") }
  }

  func testBadMerge_isRefusedAndNothingIsSaved() throws {
    try scratchFile("harbour.md", Self.article)
    let t = try openArticle()
    try t.send("2")
    try t.send("j")
    try t.type(":merge Nobody")
    try t.send("Enter")
    try t.waitFor(text: "no actor 'Nobody'")
    let saved = (try? String(contentsOfFile: editsPath, encoding: .utf8)) ?? ""
    XCTAssertEqual(saved, "", "nothing saved")
  }

  func testEditsExportThenImport_reproducesTheEdits_andABadLineImportsNothing() throws {
    try scratchFile("harbour.md", Self.article)
    let t = try openArticle()
    try renameMarsh(t)
    try t.send("q")
    try t.waitFor(text: "EXIT=0")
    let shared = scratch + "/shared.jsonl"
    let export = try ChronicleBinary.run(["edits", "export", "--edits", editsPath, "-o", shared])
    XCTAssertEqual(export.status, 0, export.stderr)
    let fresh = scratch + "/fresh.jsonl"
    for _ in 0..<2 {
      let imported = try ChronicleBinary.run(["edits", "import", "--edits", fresh, shared])
      XCTAssertEqual(imported.status, 0, imported.stderr)
    }
    let again = try ChronicleBinary.run(["edits", "export", "--edits", fresh])
    XCTAssertEqual(again.stdout, try Data(contentsOf: URL(fileURLWithPath: shared)), "idempotent")
    let merged = try ChronicleBinary.run(
      ["extract", "--format", "jsonl", articlePath]).stdout
    let parts = scratch + "/parts.jsonl"
    try merged.write(to: URL(fileURLWithPath: parts))
    let result = try ChronicleBinary.run(["merge", "--edits", fresh, "--format", "csv", parts])
    XCTAssertTrue(String(decoding: result.stdout, as: UTF8.self).contains("Helen Marsh"))

    let bad = try scratchFile(
      "bad.jsonl", String(decoding: again.stdout, as: UTF8.self) + "{oops\n")
    let before = try Data(contentsOf: URL(fileURLWithPath: fresh))
    let refused = try ChronicleBinary.run(["edits", "import", "--edits", fresh, bad])
    XCTAssertEqual(refused.status, 1)
    XCTAssertTrue(
      refused.stderr.contains("bad.jsonl:2: not an edit (malformed JSON)"), refused.stderr)
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: fresh)), before, "nothing half-imported")
  }
}
