import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

@testable import ChronicleArchive

/// A full disk (simulated with SQLite's `max_page_count` on the archive's writer) stops the
/// indexing with one message naming the archive; what was stored before stays, whole, and the
/// next run with room finishes the job.
final class FullDiskArchiveTests: XCTestCase {
  private var folder: ArticleFolder!
  private var archivePath: String { folder.archivePath }

  override func setUpWithError() throws { folder = try ArticleFolder() }

  override func tearDown() { folder = nil }

  /// An article long enough to need pages the full archive does not have.
  private func writeLongArticle() throws {
    let paragraph = "On 4 March 2024, Governor Ada Okafor said the dam \"will hold through the floods.\""
    try folder.write("long.txt", Array(repeating: paragraph, count: 400).joined(separator: "\n\n") + "\n")
  }

  func testAFullDiskIsOneMessageNamingTheArchiveAndKeepsWhatWasStored() throws {
    let archive = try Archive(path: archivePath)
    XCTAssertEqual(try ArchiveIndexer(archive: archive).run(paths: [folder.path]).counts.new, 1)
    try archive.pool.write { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    try writeLongArticle()
    XCTAssertThrowsError(try ArchiveIndexer(archive: archive).run(paths: [folder.path])) { error in
      XCTAssertEqual("\(error)".components(separatedBy: archivePath).count, 2, "\(error)")
      XCTAssertTrue("\(error)".contains("the disk is full"), "\(error)")
      XCTAssertTrue("\(error)".contains("left as it is"), "\(error)")
    }

    let reopened = try Archive(path: archivePath)
    XCTAssertEqual(try reopened.identities().keys.map { ($0 as NSString).lastPathComponent }, ["good.txt"])
    let counts = try ArchiveIndexer(archive: reopened).run(paths: [folder.path]).counts
    XCTAssertEqual("\(counts)", "new 1, changed 0, unchanged 1, removed 0, failed 0")
  }

  func testAFullDiskWhileAddingAnEditIsOneMessageNamingTheArchive() throws {
    let archive = try Archive(path: archivePath)
    try archive.pool.write { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    XCTAssertThrowsError(try archive.appendEdit(json: String(repeating: "x", count: 100_000))) { error in
      XCTAssertEqual(error as? ArchiveError, ArchiveError(path: archivePath, problem: "the disk is full"))
    }
    XCTAssertEqual(try Archive(path: archivePath).edits(), [])
  }
}
