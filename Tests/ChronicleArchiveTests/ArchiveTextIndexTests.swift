import ChronicleArchive
import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

/// The full-text index of archived paragraphs: filled with each article, gone with it, found
/// by words whatever their case and accents, and read by an archive made before it existed.
final class ArchiveTextIndexTests: XCTestCase {
  private var folder: ArticleFolder!
  private var archivePath: String { folder.archivePath }

  override func setUpWithError() throws {
    folder = try ArticleFolder()
    try folder.write(
      "harbour.txt",
      "The ferry to Île-Rousse was late.\n\nHarbour master Ines Calder said the cranes were idle.\n"
    )
    try folder.write(
      "sub/market.md", "Fish prices rose at the market.\n\nThe FERRY company said nothing.\n")
  }

  override func tearDown() { folder = nil }

  @discardableResult
  private func index() throws -> ArchiveIndexer.Counts {
    try ArchiveIndexer(archive: Archive(path: archivePath)).run(paths: [folder.path]).counts
  }

  /// `file:paragraph` of each match, by path then paragraph.
  private func search(_ query: String) throws -> [String] {
    try Archive(path: archivePath).paragraphs(matching: query).map {
      "\(($0.path as NSString).lastPathComponent):\($0.paragraph)"
    }
  }

  private func indexedParagraphs() throws -> Int {
    try DatabaseQueue(path: archivePath).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text") ?? -1
    }
  }

  func testWordsAreFoundIgnoringCaseAndAccents_theLastOneAsAPrefix() throws {
    try index()
    XCTAssertEqual(try search("ferry"), ["harbour.txt:0", "market.md:1"])
    XCTAssertEqual(try search("ile rousse"), ["harbour.txt:0"], "accents and the hyphen ignored")
    XCTAssertEqual(try search("master ines cal"), ["harbour.txt:1"], "the last word as a prefix")
    XCTAssertEqual(try search("ines master"), [], "the words in the order typed")
    XCTAssertEqual(
      try Archive(path: archivePath).paragraphs(matching: "CRANES").map(\.text),
      ["Harbour master Ines Calder said the cranes were idle."])
  }

  func testWhatLooksLikeQuerySyntaxIsSearchedAsWords() throws {
    try index()
    for query in ["\"ferry", "ferry AND NOT", "ferry*", "ferry)", "NEAR(", "-", "   "] {
      XCTAssertNoThrow(try search(query), query)
    }
    XCTAssertEqual(try search("\"ferry*"), ["harbour.txt:0", "market.md:1"])
    XCTAssertEqual(try search("—"), [], "no word, no match")
  }

  func testAChangedArticleIsFoundByItsNewText_andARemovedOneNoMore() throws {
    try index()
    XCTAssertEqual(try indexedParagraphs(), 5)
    try folder.write("harbour.txt", "The bridge reopened on Monday.\n")
    try FileManager.default.removeItem(atPath: folder.path + "/sub/market.md")
    try index()
    XCTAssertEqual(try search("ferry"), [])
    XCTAssertEqual(try search("bridge"), ["harbour.txt:0"])
    XCTAssertEqual(try indexedParagraphs(), 2, "good.txt and the new harbour.txt")
  }

  func testAnArchiveMadeBeforeTheIndexIsExtractedAgainAndThenFound() throws {
    try index()
    // What an archive of the first schema holds: no text index, no record of its migration.
    try DatabaseQueue(path: archivePath).write { db in
      try db.execute(
        sql: """
          DROP TRIGGER article_text_forget; DROP TABLE article_text;
          DELETE FROM grdb_migrations WHERE identifier = 'search-v1';
          """)
    }
    var counts = ArchiveIndexer.Counts()
    counts.changed = 3
    XCTAssertEqual(try index(), counts)
    XCTAssertEqual(try search("ferry"), ["harbour.txt:0", "market.md:1"])
  }
}
