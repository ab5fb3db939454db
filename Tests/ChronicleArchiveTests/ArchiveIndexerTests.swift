import ChronicleArchive
import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

/// The archive extracts only what is new, changed or out of date, and counts it right.
final class ArchiveIndexerTests: XCTestCase {
  private var folder: ArticleFolder!
  private var archivePath: String { folder.archivePath }

  override func setUpWithError() throws {
    folder = try ArticleFolder()
    try folder.write("a.txt", "On Tuesday, President Emmanuel Macron said France \"will stand firm.\"\n")
    try folder.write("sub/b.md", "Chancellor Olaf Scholz visited Poland on 3 May 2024.\n")
  }

  override func tearDown() { folder = nil }

  private func index() throws -> ArchiveIndexer.Counts {
    try ArchiveIndexer(archive: Archive(path: archivePath)).run(paths: [folder.path]).counts
  }

  private func counts(new: Int = 0, changed: Int = 0, unchanged: Int = 0, removed: Int = 0)
    -> ArchiveIndexer.Counts
  {
    var counts = ArchiveIndexer.Counts()
    (counts.new, counts.changed, counts.unchanged, counts.removed) = (new, changed, unchanged, removed)
    return counts
  }

  func testNewChangedUnchangedAndRemovedAreCounted() throws {
    XCTAssertEqual(try index(), counts(new: 3))
    XCTAssertEqual(try index(), counts(unchanged: 3))
    try folder.write("a.txt", "On Friday, Prime Minister Keir Starmer met Joe Biden.\n")
    try FileManager.default.removeItem(atPath: folder.path + "/sub/b.md")
    try folder.write("c.txt", "Nothing happened.\n")
    XCTAssertEqual(try index(), counts(new: 1, changed: 1, unchanged: 1, removed: 1))
  }

  func testATouchedButIdenticalFileIsNotExtractedAgain() throws {
    XCTAssertEqual(try index(), counts(new: 3))
    let later = Date().addingTimeInterval(60)
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder.good)
    XCTAssertEqual(try index(), counts(unchanged: 3))
  }

  func testAnotherExtractorVersionIsExtractedAgain() throws {
    XCTAssertEqual(try index(), counts(new: 3))
    let queue = try DatabaseQueue(path: archivePath)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE articles SET extractor = ? WHERE path LIKE '%/a.txt'",
        arguments: [ExtractorVersion.current - 1])
    }
    try queue.close()
    XCTAssertEqual(try index(), counts(changed: 1, unchanged: 2))
  }

  func testAnExtractionStoredInAnOlderEncodingIsExtractedAgain() throws {
    XCTAssertEqual(try index(), counts(new: 3))
    let queue = try DatabaseQueue(path: archivePath)
    try queue.write { db in
      try db.execute(sql: "UPDATE articles SET encoding = 0 WHERE path LIKE '%/a.txt'")
    }
    try queue.close()
    XCTAssertEqual(try index(), counts(changed: 1, unchanged: 2))
    XCTAssertEqual(try index(), counts(unchanged: 3))
  }

  func testTheArchivedCorpusEqualsAFreshExtraction() throws {
    let archive = try Archive(path: archivePath)
    let outcome = try ArchiveIndexer(archive: archive).run(paths: [folder.path])
    let (archived, problems) = try ArchiveReader(archive: archive).corpus(of: outcome.files)
    XCTAssertEqual(problems, [])
    let fresh = CorpusLoader().load(paths: [folder.path]).corpus
    XCTAssertEqual(CorpusJSON.encode(archived), CorpusJSON.encode(fresh))
  }

  func testActorsAndCountriesAreIndexedPerArticle() throws {
    let archive = try Archive(path: archivePath)
    _ = try ArchiveIndexer(archive: archive).run(paths: [folder.path])
    let poland = try archive.articles(mentioning: "POL", kind: "country")
    XCTAssertEqual(poland.map { ($0 as NSString).lastPathComponent }, ["b.md"])
  }
}
