import ChronicleTestSupport
import Foundation
import XCTest

/// `extract` JSON for a speaker described without a name ("a senior official said"): the
/// quote's speaker is an actor named by the description, one per article.
final class UnnamedSourceEndToEndTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testExtract_aDescribedSpeakerIsAnActorOfItsOwnArticle() throws {
    let folder = try ArticleFolder()
    let paths = [
      try folder.write("a.txt", "“The talks failed,” a senior Halvorsen adviser said in Dunmore.\n"),
      try folder.write("b.txt", "Greta Halvorsen met voters. “The talks failed,” a senior Halvorsen adviser said.\n"),
    ]
    let run = try ChronicleBinary.run(["extract", "--format", "json"] + paths)
    XCTAssertEqual(run.status, 0, run.stderr)
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let actors = try XCTUnwrap(object["actors"] as? [[String: Any]])
    let quotes = try XCTUnwrap(object["quotes"] as? [[String: Any]])
    let described = actors.filter { $0["name"] as? String == "a senior Halvorsen adviser" }
    XCTAssertEqual(described.count, 2, "one actor per article: \(actors.map { $0["name"] ?? "" })")
    XCTAssertTrue(described.allSatisfy { $0["kind"] as? String == "person" && $0["country"] is NSNull })
    let ids = Set(described.compactMap { $0["id"] as? String })
    let speakers = quotes.filter { $0["kind"] as? String == "direct" }.compactMap { $0["speaker"] as? String }
    XCTAssertEqual(Set(speakers), ids, "each quote's speaker is its article's description")
    XCTAssertEqual(speakers.count, 2)
  }
}
