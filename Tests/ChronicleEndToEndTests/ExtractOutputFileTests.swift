import ChronicleTestSupport
import Foundation
import XCTest

/// `extract -o FILE`: written whole or not at all, and never over an input article.
final class ExtractOutputFileTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testOutputNamingAnInput_isRefusedAndTheArticleKept() throws {
    let folder = try ArticleFolder()
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.good))
    for output in [folder.good, folder.path + "/./good.txt"] {
      let run = try ChronicleBinary.run(["extract", folder.path, "-o", output])
      XCTAssertEqual(run.status, 2, output)
      XCTAssertTrue(run.stderr.contains("refusing to overwrite an input"), run.stderr)
    }
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.good)), before)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path), ["good.txt"],
      "no temporary file is left")
  }

  func testOutput_isWrittenWhole() throws {
    let folder = try ArticleFolder()
    let output = folder.path + "/out/timeline.json"
    try FileManager.default.createDirectory(
      atPath: folder.path + "/out", withIntermediateDirectories: false)
    let run = try ChronicleBinary.run(["extract", folder.good, "-o", output])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(try ExtractOutput(Data(contentsOf: URL(fileURLWithPath: output))).hasGoodQuote)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out"), ["timeline.json"])
  }

  /// An unwritable directory (as `nobody` when the tests run as root): the run fails naming
  /// the file, and the export already there is untouched.
  func testFailedExport_leavesTheExistingFileUntouched() throws {
    let folder = try ArticleFolder()
    let existing = try folder.write("out/timeline.json", "previous export")
    chmod(folder.path + "/out", 0o555)
    chmod(existing, 0o644)
    defer { chmod(folder.path + "/out", 0o755) }
    guard let run = try ChronicleBinary.runUnprivileged(["extract", folder.good, "-o", existing])
    else { throw XCTSkip("running as root without setpriv: root writes anywhere") }
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.stderr.contains("\(existing): cannot write"), run.stderr)
    XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "previous export")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out"), ["timeline.json"])
  }
}

/// Ctrl-C, SIGTERM or SIGHUP while `extract -o FILE` runs leaves no half-written file.
final class ExtractInterruptTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testSignalsDuringExtraction_leaveNoTemporaryFile() throws {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      let folder = try ArticleFolder()
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ChronicleBinary.path)
      process.arguments = ["extract", "-", "-o", folder.path + "/timeline.json"]
      let input = Pipe()  // held open: the run waits for standard input to end
      process.standardInput = input
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline,
        !(try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains(where: { $0.contains(".tmp-") })
      {
        usleep(20_000)
      }
      kill(process.processIdentifier, signal)
      process.waitUntilExit()
      XCTAssertEqual(process.terminationReason, .uncaughtSignal, "signal \(signal)")
      XCTAssertEqual(process.terminationStatus, signal)
      XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["good.txt"], "signal \(signal)")
      try input.fileHandleForWriting.close()
    }
  }
}

/// `extract` streams its JSON through temporary files: when none can be made, the run fails
/// naming the directory, and `-o` leaves nothing behind.
final class ExtractSpillTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testNoTemporaryDirectory_failsNamingItAndLeavesNoOutput() throws {
    let folder = try ArticleFolder()
    let output = folder.path + "/timeline.json"
    let missing = folder.path + "/no-such-dir"
    let run = try Spawn.run(
      ["/usr/bin/env", "TMPDIR=\(missing)", ChronicleBinary.path, "extract", folder.good, "-o", output])
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertTrue(run.stderr.contains("cannot make a temporary file in \(missing)"), run.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["good.txt"])
  }
}

/// `merge -o` naming one of its inputs is refused before anything is read or written.
final class MergeOutputFileTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testOutputNamingAnInput_isRefusedAndThePartsKept() throws {
    let folder = try ArticleFolder()
    let parts = folder.path + "/parts.jsonl"
    let extract = try ChronicleBinary.run(["extract", "--format", "jsonl", folder.good, "-o", parts])
    XCTAssertEqual(extract.status, 0, extract.stderr)
    let before = try Data(contentsOf: URL(fileURLWithPath: parts))
    let run = try ChronicleBinary.run(["merge", parts, "-o", parts])
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(run.stderr.contains("refusing to overwrite an input"), run.stderr)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: parts)), before)
    XCTAssertEqual(
      Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["good.txt", "parts.jsonl"])
  }
}
