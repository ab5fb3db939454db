import ChronicleTestSupport
import Foundation
import XCTest

/// The archive's full-text index and shared edits with the real binary: `/` in the Source
/// pane goes from article to article, `chronicle search` prints the matches for scripts (and
/// finds each article once after `kill -9` of the indexing), and an open explorer shows the
/// edits another process (`chronicle edits import`, a second explorer) saves to its archive.
final class ArchiveSearchEndToEndTests: EndToEndCase {
  private var folder: String { scratch + "/news" }
  private var archivePath: String { scratch + "/archive.sqlite" }

  private func writeArticles() throws {
    try scratchFile(
      "news/harbour.md",
      "---\ntitle: Harbour news\ndate: 2025-03-14\n---\nThe cranes stood idle on Monday.\n\n"
        + "Harbour master Ines Calder said the ferries would run.\n")
    try scratchFile(
      "news/market.md",
      "---\ntitle: Market report\ndate: 2025-03-15\n---\nFish prices rose on Tuesday.\n\n"
        + "Traders said the cranes at the quay were repaired.\n")
  }

  private func chronicle(_ arguments: [String]) throws -> Spawn.Outcome {
    try ChronicleBinary.run(arguments, environment: ["XDG_DATA_HOME": scratch + "/data"])
  }

  func testSlashInTheSourcePane_findsEveryArticle_andNGoesToTheNext() throws {
    try writeArticles()
    let t = try open(["--archive", archivePath, folder])
    try t.send("4")
    try t.type("/cranes")
    try t.send("Enter")
    let first = try t.waitFor("the first match") { $0.contains("1/2 · cranes") }
    try t.send("n")
    let second = try t.waitFor("the second match") { $0.contains("2/2 · cranes") }
    let titles = ["Harbour news", "Market report"]
    XCTAssertNotEqual(
      titles.filter { first.contains($0) }, titles.filter { second.contains($0) },
      "the two matches are in two articles:\n\(first)\n\(second)")
    try t.send("n")
    try t.waitFor("back to the first") { $0.contains("1/2 · cranes") }
  }

  func testSearchCommand_printsPathParagraphAndText_andFailsWhenNothingMatches() throws {
    try writeArticles()
    XCTAssertEqual(try chronicle(["index", "--archive", archivePath, folder]).status, 0)
    let found = try chronicle(["search", "--archive", archivePath, "CRANES"])
    XCTAssertEqual(found.status, 0, found.stderr)
    XCTAssertEqual(
      String(decoding: found.stdout, as: UTF8.self),
      "\(folder)/harbour.md:0:The cranes stood idle on Monday.\n"
        + "\(folder)/market.md:1:Traders said the cranes at the quay were repaired.\n")
    let none = try chronicle(["search", "--archive", archivePath, "zebra"])
    XCTAssertEqual(none.status, 1)
    XCTAssertEqual(none.stdout, Data())
    let missing = try chronicle(["search", "--archive", scratch + "/nothing.sqlite", "cranes"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(missing.stderr.contains("nothing.sqlite: does not exist"), missing.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: scratch + "/nothing.sqlite"))
    let wordless = try chronicle(["search", "--archive", archivePath, "—"])
    XCTAssertEqual(wordless.status, 2, "a usage error")
    XCTAssertTrue(wordless.stderr.contains("has no word to look for"), wordless.stderr)
  }

  func testAnEditImportedByAnotherProcess_showsInTheOpenExplorer() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    let t = try open(["--archive", archivePath, folder])
    try t.waitFor(text: "Elena Marsh")
    let rename = #"{"actor":{"names":["Elena Marsh"]},"op":"rename","value":"Helen Marsh"}"#
    let edits = try scratchFile("team.jsonl", rename + "\n")
    let imported = try chronicle(["edits", "import", "--archive", archivePath, edits])
    XCTAssertEqual(imported.status, 0, imported.stderr)
    try t.waitFor("the imported rename on screen", timeout: 10) { screen in
      screen.contains("Helen Marsh") && screen.contains("edits changed by another process")
    }
  }

  func testARenameInASecondExplorer_showsInTheFirst() throws {
    try scratchFile("news/harbour.md", CurationArticle.text)
    let first = try open(["--archive", archivePath, folder])
    let second = Tmux(name: name.filter { $0.isLetter } + "Second")
    defer { second.kill() }
    let command = [ChronicleBinary.path, "--archive", archivePath, folder].map { "'\($0)'" }
    try second.start(
      "env \(Self.terminalEnvironment) XDG_CONFIG_HOME=\(scratch)/none "
        + command.joined(separator: " "))
    try second.waitFor("the second explorer with its corpus") { screen in
      screen.contains("Elena Marsh") && screen.contains(" events · ")
    }
    try second.send("2")
    try second.send("j")
    try second.type(":rename Helen Marsh")
    try second.send("Enter")
    try second.waitFor(text: "saved: rename")
    try first.waitFor("the rename made in the other explorer", timeout: 10) { screen in
      screen.contains("Helen Marsh") && screen.contains("edits changed by another process")
    }
  }

  func testKilledIndexing_leavesEveryArticleFoundOnce() throws {
    let count = 120
    for n in 1...count {
      try scratchFile(
        "news/\(n).txt",
        "Minister Anna Berg\(n) spoke on 3 March 2024.\n\n"
          + String(repeating: "Officials in Norway discussed item \(n) again. ", count: 12))
    }
    for delay in ["0.1", "0.3", "0.6"] {
      let killed = try Spawn.run([
        "/bin/sh", "-c",
        "\(ChronicleBinary.path) index --archive \(archivePath) \(folder) >/dev/null & p=$!; "
          + "sleep \(delay); kill -9 $p; wait $p; true",
      ])
      XCTAssertEqual(killed.status, 0)
    }
    XCTAssertEqual(try chronicle(["index", "--archive", archivePath, folder]).status, 0)
    let found = try chronicle(["search", "--archive", archivePath, "norway"])
    let lines = String(decoding: found.stdout, as: UTF8.self).split(separator: "\n")
    XCTAssertEqual(lines.count, count, "one paragraph of each article, none twice")
    XCTAssertEqual(Set(lines.map { $0.split(separator: ":").first }).count, count)
  }
}
