import ChronicleArchive
import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

/// `kill -9` while an archive is being created (before it switches to WAL) can leave the file
/// with a hot rollback journal, which only a writer may roll back: the next run opens it and
/// finishes the job instead of calling the archive read-only.
final class ArchiveHotJournalTests: XCTestCase {
  /// A rollback journal's header as SQLite writes it when a transaction begins: magic, no
  /// page records yet, a checksum seed, the database's size before it (pages), sector size
  /// 512 and page size 4096, padded to a sector.
  private static let journalHeader: [UInt8] =
    [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7, 0, 0, 0, 0, 0x6d, 0xb2, 0x6f, 0xc2]
    + [0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0x10, 0] + [UInt8](repeating: 0, count: 484)

  func testAnArchiveKilledWhileBeingCreated_opensAndIsFilled() throws {
    let folder = try ArticleFolder()
    let archive = folder.archivePath
    defer { try? FileManager.default.removeItem(atPath: archive + "-journal") }
    try DatabaseQueue(path: archive).write { db in
      try db.execute(sql: "PRAGMA application_id = \(0x4368_7231)")
    }
    try Data(Self.journalHeader).write(to: URL(fileURLWithPath: archive + "-journal"))
    let counts = try ArchiveIndexer(archive: Archive(path: archive)).run(paths: [folder.path])
      .counts
    XCTAssertEqual(counts.new, 1)
  }
}
