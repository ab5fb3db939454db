import ChronicleTestSupport
import Foundation
import XCTest

/// One actor resolution for `extract` and `merge`, whatever the order of the articles, and
/// copies of an article add no actors.
final class ActorResolutionEndToEndTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  private let articles = [
    ("a.txt", "Secretary of State Marco Rubio met Hillary Clinton on Monday.\n"),
    ("b.txt", "Rubio said the talks \"would go on\". Bill Clinton said little.\n"),
    ("c.txt", "M. Rubio, the American diplomat, spoke again. Hillary Rodham Clinton listened.\n"),
  ]

  /// The actors of a `chronicle/1` export as comparable lines (no ids).
  private func actors(_ json: Data) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    let actors = try XCTUnwrap(object?["actors"] as? [[String: Any]])
    return actors.map { a in
      let aliases = (a["aliases"] as? [String] ?? []).sorted().joined(separator: ",")
      let mentions = (a["mentions"] as? [Any])?.count ?? 0
      return "\(a["name"] ?? "") \(a["kind"] ?? "") \(a["country"] ?? "-") [\(aliases)] \(mentions)"
    }.sorted()
  }

  private func extract(_ paths: [String]) throws -> Data {
    let run = try ChronicleBinary.run(["extract", "--format", "json"] + paths)
    XCTAssertEqual(run.status, 0, run.stderr)
    return run.stdout
  }

  func testExtract_sameActorsInAnyOrderAndForCopies() throws {
    let folder = try ArticleFolder()
    let paths = try articles.map { try folder.write($0.0, $0.1) }
    let once = try actors(extract(paths))
    XCTAssertEqual(try actors(extract(paths.reversed())), once)
    let copies = try (1...3).flatMap { copy in
      try articles.map { try folder.write("copy\(copy)-\($0.0)", $0.1) }
    }
    let copied = try actors(extract(copies))
    XCTAssertEqual(copied.count, once.count, "three copies add no actors: \(copied)")
  }

  func testMerge_resolvesActorsAsExtractDoes() throws {
    let folder = try ArticleFolder()
    let paths = try articles.map { try folder.write($0.0, $0.1) }
    let parts = folder.path + "/parts.jsonl"
    let split = try ChronicleBinary.run(["extract", "--format", "jsonl", "-o", parts] + paths)
    XCTAssertEqual(split.status, 0, split.stderr)
    let merged = try ChronicleBinary.run(["merge", parts])
    XCTAssertEqual(merged.status, 0, merged.stderr)
    XCTAssertEqual(try actors(merged.stdout), try actors(extract(paths)))
  }
}
