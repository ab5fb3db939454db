import Foundation
import XCTest

/// Export, configuration, clipboard and editor through the real binary in tmux.
final class EcosystemEndToEndTests: EndToEndCase {
  /// Runs `python3 -c SCRIPT ARGUMENTS` and returns what it printed.
  private func python(_ script: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "python3 failed")
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Exports to `name` and waits for this export's message (each format names itself).
  private func export(_ t: Tmux, _ name: String, as format: String) throws -> String {
    let path = scratch + "/" + name
    try t.type(":export \(path)")
    try t.send("Enter")
    try t.waitFor(text: "as \(format) to")
    return path
  }

  func testExport_csvMarkdownAndJsonParse() throws {
    let t = try open()
    try t.waitFor(text: "events")
    try t.type(":actor Rubio")
    try t.send("Enter")
    let csv = try export(t, "view.csv", as: "csv")
    let rows = try python(
      "import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=''))); "
        + "print(len(r), all('Marco Rubio' in x['actors'] for x in r))", csv)
    XCTAssertTrue(rows.hasSuffix(" True"), rows)
    XCTAssertGreaterThan(Int(rows.split(separator: " ")[0]) ?? 0, 0)
    let json = try export(t, "view.json", as: "json")
    XCTAssertEqual(
      try python(
        "import json,sys; d=json.load(open(sys.argv[1])); "
          + "print(d['format'], [a['name'] for a in d['actors']].count('Marco Rubio'))", json),
      "chronicle/1 1")
    let markdown = try export(t, "view.md", as: "markdown")
    XCTAssertEqual(
      try python("import sys; print(open(sys.argv[1]).readline().strip())", markdown),
      "# Timeline")
  }

  func testExport_refusesTheInputArticle() throws {
    let article = try scratchFile("a.md", "Alice Smith said \"we are ready\" on Monday.\n")
    let t = try open([article])
    try t.type(":export \(article) markdown")
    try t.send("Enter")
    try t.waitFor(text: "export refused")
    XCTAssertEqual(
      try String(contentsOfFile: article, encoding: .utf8),
      "Alice Smith said \"we are ready\" on Monday.\n")
  }

  func testConfig_keymapOverrideFromXDGConfigHome() throws {
    try scratchFile("config/chronicle/keymap.toml", "[keys]\nZ = \"focus-quotes\"\n")
    try scratchFile("config/chronicle/config.toml", "layout = \"tabs\"\n")
    let t = try open(environment: "XDG_CONFIG_HOME=\(scratch)/config")
    try t.waitFor(text: "1 Timeline")
    try t.send("Z")
    try t.waitFor(text: "▶ Quotes")
  }

  func testConfig_brokenFileStillStartsWithAWarning() throws {
    try scratchFile("config/chronicle/config.toml", "theme = \"light\"\nlayout = \"sideways\"\n")
    let t = try open(environment: "XDG_CONFIG_HOME=\(scratch)/config")
    try t.waitFor(text: "config.toml:2: 'layout' must be")
    try t.waitFor(text: "J.D. Vance · the U.S. would not")
    try t.send("q")
    try t.waitFor(text: "EXIT=0")
    let stderr = try String(contentsOfFile: scratch + "/stderr", encoding: .utf8)
    XCTAssertTrue(stderr.contains("chronicle: warning: "), stderr)
    XCTAssertTrue(stderr.contains("config.toml:2:"), stderr)
  }

  func testE_runsTheEditorWithTheLineAndPath() throws {
    let article = try scratchFile(
      "talks.md",
      "---\ntitle: Talks\ndate: 2025-05-09\n---\n\nAlice Smith met Bob Jones on Monday.\n\n"
        + "Later,\nAlice Smith said \"we are ready\" on Tuesday.\n")
    let record = scratch + "/editor-args"
    let editor = try scratchFile("editor.sh", "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(record)\n")
    chmod(editor, 0o755)
    let t = try open([article], environment: "EDITOR=\(editor)")
    try t.waitFor(text: "we are ready")
    try t.send("3")
    try t.send("e")
    try t.waitFor(text: "edited")
    XCTAssertEqual(try String(contentsOfFile: record, encoding: .utf8), "+8\n\(article)\n")
    try t.waitFor(text: "▶ Quotes")
  }

  func testY_copiesTheQuoteIntoTmuxsBufferViaOSC52() throws {
    let t = try open()
    try t.acceptClipboard()
    try t.send("3")
    try t.type("/fundamentally")
    try t.send("Enter")
    try t.send("y")
    try t.waitFor(text: "copied quote")
    let deadline = Date().addingTimeInterval(5)
    var buffer = ""
    while Date() < deadline, !buffer.contains("fundamentally") {
      buffer = (try? t.pasteBuffer()) ?? ""
      usleep(50_000)
    }
    XCTAssertTrue(buffer.contains("fundamentally none of our business"), buffer)
    XCTAssertTrue(buffer.contains(" — J.D. Vance, "), buffer)
    XCTAssertTrue(buffer.hasSuffix("(india-pakistan-2025-05-09.md), ¶ 7"), buffer)
  }
}
