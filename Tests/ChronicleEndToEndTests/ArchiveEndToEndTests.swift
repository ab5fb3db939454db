import ChronicleTestSupport
import Foundation
import XCTest

/// `chronicle index` and `extract --archive` as scripts run them: counts, the default place,
/// damaged archives, two processes at once, and SIGKILL at any moment.
final class ArchiveEndToEndTests: XCTestCase {
  private var folder: ArticleFolder!
  private var archive: String { folder.archivePath }
  private static let articleCount = 120

  override func setUpWithError() throws {
    try ChronicleBinary.require()
    folder = try ArticleFolder()
    for n in 1...Self.articleCount {
      try folder.write(
        "news/\(n).txt",
        "On \(n % 28 + 1) March 2024, Minister Anna Berg\(n) said Sweden \"will act now.\"\n\n"
          + String(repeating: "Officials in Norway met on Monday to discuss item \(n). ", count: 12))
    }
  }

  override func tearDown() { folder = nil }

  private func index(_ extra: [String] = []) throws -> Spawn.Outcome {
    try ChronicleBinary.run(["index", "--archive", archive, folder.path] + extra)
  }

  private func text(_ outcome: Spawn.Outcome) -> String { String(decoding: outcome.stdout, as: UTF8.self) }

  func testIndexCountsAndExtractThroughTheArchiveMatchesAFreshExtraction() throws {
    XCTAssertEqual(text(try index()), "new \(Self.articleCount + 1), changed 0, unchanged 0, removed 0, failed 0\n")
    try folder.write("news/1.txt", "Changed on 2 May 2024.\n")
    XCTAssertEqual(text(try index()), "new 0, changed 1, unchanged \(Self.articleCount), removed 0, failed 0\n")
    let archived = try ChronicleBinary.run(["extract", "--archive", archive, folder.path])
    let fresh = try ChronicleBinary.run(["extract", folder.path])
    XCTAssertEqual(archived.status, 0, archived.stderr)
    XCTAssertEqual(archived.stdout, fresh.stdout)
  }

  func testTheDefaultArchiveLivesUnderXDGDataHome() throws {
    let data = folder.path + "-data"
    defer { try? FileManager.default.removeItem(atPath: data) }
    let run = try ChronicleBinary.run(["index", folder.good], environment: ["XDG_DATA_HOME": data])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: data + "/chronicle/archive.sqlite"))
  }

  func testADamagedArchiveGetsOneClearMessageAndStaysIdentical() throws {
    let garbage = Array("not a database\n".utf8) + [UInt8](repeating: 0x2a, count: 4096)
    try Data(garbage).write(to: URL(fileURLWithPath: archive))
    for arguments in [["index", "--archive", archive, folder.path], ["--archive", archive, folder.path]] {
      let run = try ChronicleBinary.run(arguments)
      XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
      XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
      XCTAssertTrue(run.stderr.contains("archive \(archive): is not a SQLite database"), run.stderr)
    }
    XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: archive))), garbage)
  }

  func testAReadOnlyArchiveIsRefusedAndLeftAlone() throws {
    XCTAssertEqual(try index().status, 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: archive))
    chmod(archive, 0o444)
    guard let run = try ChronicleBinary.runUnprivileged(["index", "--archive", archive, folder.path]) else {
      throw XCTSkip("running as root without setpriv")
    }
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("archive \(archive): cannot be written"), run.stderr)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: archive)), before)
  }

  func testTwoIndexersOnOneArchiveBothSucceed() throws {
    let binary = ChronicleBinary.path
    let both = try Spawn.run([
      "/bin/sh", "-c",
      "\(binary) index --archive \(archive) \(folder.path) & a=$!; "
        + "\(binary) index --archive \(archive) \(folder.path); b=$?; wait $a; echo \"$? $b\"",
    ])
    XCTAssertEqual(text(both).split(separator: "\n").last, "0 0", both.stderr)
    XCTAssertEqual(text(try index()), "new 0, changed 0, unchanged \(Self.articleCount + 1), removed 0, failed 0\n")
  }

  func testKilledIndexLeavesAnArchiveThatCompletesOnTheNextRun() throws {
    let fresh = try ChronicleBinary.run(["extract", folder.path]).stdout
    for delay in ["0.05", "0.2", "0.5", "1.0"] {
      folder.removeArchive()
      let killed = try Spawn.run([
        "/bin/sh", "-c",
        "\(ChronicleBinary.path) index --archive \(archive) \(folder.path) >/dev/null & p=$!; "
          + "sleep \(delay); kill -9 $p; wait $p; true",
      ])
      XCTAssertEqual(killed.status, 0)
      let next = try index()
      XCTAssertEqual(next.status, 0, "after a kill at \(delay) s: \(next.stderr)")
      let counts = text(next).split(separator: ",").map { $0.split(separator: " ").last.map { Int($0) ?? -1 } ?? -1 }
      XCTAssertEqual(counts.count, 5, text(next))
      XCTAssertEqual(counts[0] + counts[2], Self.articleCount + 1, "after a kill at \(delay) s: \(text(next))")
      XCTAssertEqual(counts[1], 0, "a half-written article after a kill at \(delay) s")
      XCTAssertEqual(try ChronicleBinary.run(["extract", "--archive", archive, folder.path]).stdout, fresh)
    }
  }
}
