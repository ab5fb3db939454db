import Foundation
import GRDB

/// Looks at an existing archive file before anything may write to it: it must be a readable
/// and writable SQLite file, whole (as long as its header says), that carries Chronicle's mark.
/// Read-only checks only, so a damaged file stays byte-identical.
enum ArchiveFileCheck {
  static let sqliteHeader = Array("SQLite format 3\0".utf8)

  static func check(_ path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else {
      try createParent(of: path)
      return
    }
    func refuse(_ problem: String) -> ArchiveError { ArchiveError(path: path, problem: problem) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw refuse("is not a regular file") }
    guard access(path, R_OK) == 0 else { throw refuse("cannot be read (permission denied)") }
    guard access(path, W_OK) == 0 else { throw refuse("cannot be written (read-only)") }
    if info.st_size == 0 { return }  // SQLite treats an empty file as a new database
    guard let handle = FileHandle(forReadingAtPath: path) else { throw refuse("cannot be read") }
    let header = (try? handle.read(upToCount: 100)) ?? Data()
    try? handle.close()
    guard header.count == 100, Array(header.prefix(16)) == sqliteHeader else {
      throw refuse("is not a SQLite database")
    }
    if !hasWriteAheadLog(path), let missing = truncation(Array(header), fileSize: Int64(info.st_size)) {
      throw refuse("is damaged (\(missing))")
    }
    var configuration = Configuration()
    configuration.readonly = true
    // Another Chronicle creating the archive holds it locked while it writes the schema in
    // rollback mode: wait for it as the archive's own connections do, instead of reporting
    // "database is locked" (seen with two indexers started at once on a loaded machine).
    configuration.busyMode = .timeout(10)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      try queue.read { db in
        let mark = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        // An archive another Chronicle is creating right now may show its tables (and GRDB's
        // migrations table) before its id: only tables of other names make a foreign database.
        let tables =
          try Int.fetchOne(
            db,
            sql: """
              SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN
              ('grdb_migrations', 'articles', 'article_terms', 'edits')
              """) ?? 0
        guard mark == Archive.applicationID || (mark == 0 && tables == 0) else {
          throw refuse("is a SQLite database but not a Chronicle archive")
        }
      }
    } catch let error as DatabaseError {
      // A crash while the archive was being created (before WAL) can leave a hot rollback
      // journal, which only a writer may roll back: the archive's own open does that.
      if error.extendedResultCode == .SQLITE_READONLY_ROLLBACK { return }
      throw refuse(Archive.explain(error))
    }
  }

  /// What is missing when the file is shorter than the pages its header counts (a copy or a
  /// download cut short), checked from the header alone: a full `PRAGMA quick_check` reads
  /// the whole archive (0.15 s of every start on 8,400 articles). The count is trusted only
  /// while the header's version-valid-for number equals its change counter, as SQLite does.
  static func truncation(_ header: [UInt8], fileSize: Int64) -> String? {
    func number(at offset: Int) -> Int64 {
      header[offset..<offset + 4].reduce(0) { $0 << 8 | Int64($1) }
    }
    let pageSize = number(at: 16) >> 16 == 1 ? 65536 : number(at: 16) >> 16
    let pages = number(at: 28)
    guard pages > 0, number(at: 24) == number(at: 92) else { return nil }
    let expected = pages * pageSize
    return fileSize < expected ? "truncated: \(fileSize) of its \(expected) bytes" : nil
  }

  /// Whether a write-ahead log with frames lies beside the archive. A process killed while
  /// it copied the log into the archive (a checkpoint) leaves the new header in place before
  /// the pages after it: the file is then shorter than its header says, and sound, since
  /// SQLite reads those pages from the log. The header's count says nothing then.
  private static func hasWriteAheadLog(_ path: String) -> Bool {
    var info = stat()
    return stat(path + "-wal", &info) == 0 && info.st_size > 0
  }

  private static func createParent(of path: String) throws {
    let parent = (path as NSString).deletingLastPathComponent
    guard !parent.isEmpty else { return }
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw ArchiveError(path: path, problem: "its folder cannot be created (\(error.localizedDescription))")
    }
  }
}
