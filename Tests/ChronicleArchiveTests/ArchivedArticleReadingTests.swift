import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

@testable import ChronicleArchive

/// Followed articles read through the archive: arrivals are stored, so the next start reads
/// them back instead of extracting them; the corpus is the one extracted in memory; a full
/// disk is told once and the articles are still read.
final class ArchivedArticleReadingTests: XCTestCase {
  private var folder: ArticleFolder!
  private var archivePath: String { folder.archivePath }

  override func setUpWithError() throws { folder = try ArticleFolder() }

  override func tearDown() { folder = nil }

  private func counts(_ delta: FollowedArticles.Delta) -> [Int] {
    [delta.added, delta.changed, delta.removed, delta.problems.count]
  }

  private func followed(_ archive: Archive) -> FollowedArticles {
    FollowedArticles(
      roots: [folder.path], loader: CorpusLoader(), reading: ArchivedArticleReading(archive: archive))
  }

  func testAnArrivalIsStoredAndTheNextIndexFindsItUnchanged() throws {
    let archive = try Archive(path: archivePath)
    var articles = followed(archive)
    XCTAssertEqual(counts(articles.rescan(settled: false)), [1, 0, 0, 0])
    let arrival = try folder.write("arrival.txt", "On Friday, Mayor Tom Park said the bridge \"is safe.\"\n")
    XCTAssertEqual(counts(articles.update([arrival])), [1, 0, 0, 0])
    let counts = try ArchiveIndexer(archive: archive).run(paths: [folder.path]).counts
    XCTAssertEqual("\(counts)", "new 0, changed 0, unchanged 2, removed 0, failed 0")
  }

  func testTheCorpusIsTheOneExtractedInMemory() throws {
    try folder.write("b.txt", "On 3 May 2024, Chancellor Olaf Scholz visited Poland.\n")
    try folder.write("empty.txt", "")
    var archived = followed(try Archive(path: archivePath))
    var inMemory = FollowedArticles(roots: [folder.path], loader: CorpusLoader())
    XCTAssertEqual(counts(archived.rescan(settled: false)), [2, 0, 0, 1])
    XCTAssertEqual(counts(inMemory.rescan(settled: false)), [2, 0, 0, 1])
    XCTAssertEqual(CorpusJSON.encode(archived.corpus()), CorpusJSON.encode(inMemory.corpus()))
    var reopened = followed(try Archive(path: archivePath))
    XCTAssertEqual(counts(reopened.rescan(settled: false)), [2, 0, 0, 1])
    XCTAssertEqual(CorpusJSON.encode(reopened.corpus()), CorpusJSON.encode(inMemory.corpus()))
  }

  func testAFullDiskIsToldOnceAndTheArticlesAreStillRead() throws {
    let archive = try Archive(path: archivePath)
    var articles = followed(archive)
    XCTAssertEqual(counts(articles.rescan(settled: false)), [1, 0, 0, 0])
    try archive.pool.write { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    let long = String(repeating: "On 4 March 2024, Governor Ada Okafor said the dam \"will hold.\"\n\n", count: 300)
    let first = try folder.write("first.txt", long)
    let delta = articles.update([first])
    XCTAssertEqual(counts(delta), [1, 0, 0, 1])
    XCTAssertTrue(delta.problems[0].description.contains(archivePath), delta.problems[0].description)
    XCTAssertTrue(delta.problems[0].description.contains("the disk is full"), delta.problems[0].description)
    let second = try folder.write("second.txt", "Tom Park said so. " + long)
    XCTAssertEqual(counts(articles.update([second])), [1, 0, 0, 0], "the full disk is told once")
    XCTAssertEqual(articles.count, 3)
  }
}
