import ChronicleTestSupport
import Foundation
import XCTest

/// Extraction quality on the development set in `../shared/dev` (real news annotated by
/// others; read at test time, never copied into the project), scored by its own `score.py`.
/// Guards the issue-5 targets against regressions; skipped when the set is absent.
final class DevSetQualityTests: XCTestCase {
  private static let dev = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/dev").path

  /// Extracts every article of `set` and returns the scorer's metrics (its last JSON line).
  private func score(_ set: String) throws -> [String: Double] {
    let folder = Self.dev + "/" + set
    guard FileManager.default.fileExists(atPath: Self.dev + "/score.py"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { throw XCTSkip("no development set at \(Self.dev); quality is not measured here") }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
      throw XCTSkip("python3 is missing; the scorer needs it")
    }
    try ChronicleBinary.require()
    let articles = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    let output = NSTemporaryDirectory() + "chronicle-dev-\(set)-\(UUID().uuidString).json"
    defer { unlink(output) }
    let extract = try ChronicleBinary.run(["extract", "-o", output] + articles)
    XCTAssertEqual(extract.status, 0, extract.stderr)
    let scored = try Spawn.run(["/usr/bin/python3", Self.dev + "/score.py", folder, output, "--json"])
    XCTAssertEqual(scored.status, 0, scored.stderr)
    let last = String(decoding: scored.stdout, as: UTF8.self)
      .split(separator: "\n").last.map(String.init) ?? ""
    let object = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
    return (object ?? [:]).compactMapValues { $0 as? Double }
  }

  func testQuotes_meetTheTargetsOnPolNEAR() throws {
    let m = try score("polnear")
    XCTAssertGreaterThanOrEqual(m["direct_f1"] ?? 0, 0.92, "direct quotes F1")
    XCTAssertGreaterThanOrEqual(m["speaker_acc"] ?? 0, 0.90, "speaker accuracy")
    XCTAssertGreaterThanOrEqual(m["all_p"] ?? 0, 0.85, "all quotes precision")
    XCTAssertGreaterThanOrEqual(m["all_r"] ?? 0, 0.55, "all quotes recall")
  }

  func testDates_meetTheTargetsOnTimeBank() throws {
    let m = try score("timebank")
    // Measured with tense-aware resolution: value accuracy 0.915, value F1 0.880, times F1 0.953.
    XCTAssertGreaterThanOrEqual(m["date_value_acc"] ?? 0, 0.91, "DATE value accuracy")
    XCTAssertGreaterThanOrEqual(m["date_value_f1"] ?? 0, 0.875, "DATE value F1")
    XCTAssertGreaterThanOrEqual(m["date_f1"] ?? 0, 0.95, "DATE times F1")
    XCTAssertGreaterThanOrEqual(m["date_p"] ?? 0, 0.944, "DATE times precision")
    XCTAssertGreaterThanOrEqual(m["date_r"] ?? 0, 0.96, "DATE times recall")
  }
}
