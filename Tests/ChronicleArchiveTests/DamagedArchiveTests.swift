import ChronicleArchive
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

/// A damaged archive is refused with one message naming it, and left byte-identical.
final class DamagedArchiveTests: XCTestCase {
  private var folder: ArticleFolder!

  override func setUpWithError() throws { folder = try ArticleFolder() }
  override func tearDown() { folder = nil }

  /// Opening `bytes` as an archive fails naming the file and `problem`, and changes nothing.
  private func assertRefused(_ bytes: [UInt8], _ problem: String, line: UInt = #line) throws {
    let path = try folder.write("damaged.sqlite", bytes)
    XCTAssertThrowsError(try Archive(path: path), line: line) { error in
      let message = "\(error)"
      XCTAssertTrue(message.contains(path), message, line: line)
      XCTAssertTrue(message.contains(problem), message, line: line)
    }
    XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), bytes, line: line)
  }

  /// A real archive holding the folder's article, as bytes (checkpointed into the main file).
  private func soundArchive() throws -> [UInt8] {
    let path = folder.path + "/sound.sqlite"
    let archive = try Archive(path: path)
    _ = try ArchiveIndexer(archive: archive).run(paths: [folder.good])
    for n in 0..<40 { try archive.appendEdit(json: String(repeating: "x", count: 2000) + "\(n)") }
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    try queue.close()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  func testGarbageIsNotASQLiteDatabase() throws {
    try assertRefused(Array("this is not a database at all\n".utf8) + [UInt8](repeating: 7, count: 200), "not a SQLite database")
  }

  func testAnotherProgramsDatabaseIsRefused() throws {
    let path = folder.path + "/other.sqlite"
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
    try queue.close()
    try assertRefused(Array(try Data(contentsOf: URL(fileURLWithPath: path))), "not a Chronicle archive")
  }

  func testATruncatedArchiveIsDamaged() throws {
    let bytes = try soundArchive()
    try assertRefused(Array(bytes.prefix(bytes.count / 2)), "damaged")
  }

  func testAnArchiveKilledWhileCopyingItsLogOpens() throws {
    // The log as it stands before a checkpoint, then the archive after it cut short, as a
    // process killed in the middle of copying the log into the archive leaves them.
    let path = folder.path + "/killed.sqlite"
    var archive: Archive? = try Archive(path: path)
    _ = try ArchiveIndexer(archive: archive!).run(paths: [folder.good])
    for n in 0..<40 { try archive!.appendEdit(json: String(repeating: "x", count: 2000) + "\(n)") }
    let log = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
    archive = nil
    let checkpointed = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertGreaterThan(checkpointed.count, 8192)
    try checkpointed.prefix(checkpointed.count / 2).write(to: URL(fileURLWithPath: path))
    try log.write(to: URL(fileURLWithPath: path + "-wal"))
    XCTAssertNoThrow(try Archive(path: path))
    let queue = try DatabaseQueue(path: path)
    XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA quick_check") }, "ok")
    XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }, 1)
  }

  func testASoundArchiveOpens() throws {
    let bytes = try soundArchive()
    let path = try folder.write("copy.sqlite", bytes)
    XCTAssertNoThrow(try Archive(path: path))
  }
}
