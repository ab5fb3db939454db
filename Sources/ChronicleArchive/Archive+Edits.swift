import Foundation
import GRDB

/// One reader's edit as the archive keeps it: an opaque JSON object (the curation code owns
/// its shape), when it was made, and whether it was reverted.
public struct ArchivedEdit: Sendable, Equatable {
  public var id: Int64
  public var created: String
  public var json: String
  public var reverted: Bool
}

extension Archive {
  /// Appends an edit in its own transaction, synced to disk before returning (SQLite's
  /// `synchronous = FULL` for this commit), and returns its id.
  @discardableResult
  public func appendEdit(json: String, created: Date = Date()) throws -> Int64 {
    let stamp = ISO8601DateFormatter().string(from: created)
    do {
      return try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
        defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
        try db.inTransaction {
          try db.execute(
            sql: "INSERT INTO edits (created, body) VALUES (?, ?)", arguments: [stamp, json])
          return .commit
        }
        return db.lastInsertedRowID
      }
    } catch let error as DatabaseError {
      throw ArchiveError(path: path, problem: Self.explain(error))
    }
  }

  /// Every edit, newest first.
  public func edits() throws -> [ArchivedEdit] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT id, created, body, reverted FROM edits ORDER BY id DESC")
        .map { ArchivedEdit(id: $0[0], created: $0[1], json: $0[2], reverted: $0[3]) }
    }
  }

  /// Marks one edit reverted (it stays in the list, so the history is never lost).
  public func markReverted(id: Int64) throws {
    try write { db in
      try db.execute(sql: "UPDATE edits SET reverted = 1 WHERE id = ?", arguments: [id])
    }
  }
}
