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
  /// Appends an edit in its own transaction, synced to disk before returning, and returns its
  /// id.
  @discardableResult
  public func appendEdit(json: String, created: Date = Date()) throws -> Int64 {
    let stamp = Self.stamp(created)
    return try syncedTransaction { db in
      try db.execute(
        sql: "INSERT INTO edits (created, body) VALUES (?, ?)", arguments: [stamp, json])
      return db.lastInsertedRowID
    }
  }

  /// Appends those of `bodies` not stored yet, in one synced transaction, so two processes
  /// importing at once cannot both add one. With `countingReverted`, a reverted edit counts
  /// as stored (carrying old edits over must not bring back what the reader reverted).
  /// Returns how many were added.
  public func appendNewEdits(_ bodies: [String], countingReverted: Bool, created: Date = Date())
    throws -> Int
  {
    let stamp = Self.stamp(created)
    return try syncedTransaction { db in
      var stored = try Set(
        String.fetchAll(
          db, sql: "SELECT body FROM edits" + (countingReverted ? "" : " WHERE reverted = 0")))
      var added = 0
      for body in bodies where stored.insert(body).inserted {
        try db.execute(
          sql: "INSERT INTO edits (created, body) VALUES (?, ?)", arguments: [stamp, body])
        added += 1
      }
      return added
    }
  }

  /// Every edit, newest first.
  public func edits() throws -> [ArchivedEdit] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT id, created, body, reverted FROM edits ORDER BY id DESC")
        .map { ArchivedEdit(id: $0[0], created: $0[1], json: $0[2], reverted: $0[3]) }
    }
  }

  /// Marks one edit reverted (it stays in the list, so the history is never lost), synced to
  /// disk before returning. Returns false when there is no edit `id`.
  @discardableResult
  public func markReverted(id: Int64) throws -> Bool {
    try syncedTransaction { db in
      try db.execute(sql: "UPDATE edits SET reverted = 1 WHERE id = ?", arguments: [id])
      return db.changesCount > 0
    }
  }

  /// Runs `body` in its own transaction committed with SQLite's `synchronous = FULL`, so the
  /// change is on disk when this returns (the archive's other writes use `NORMAL`).
  private func syncedTransaction<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA synchronous = FULL")
        defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
        var result: T?
        try db.inTransaction {
          result = try body(db)
          return .commit
        }
        return result!
      }
    } catch let error as DatabaseError {
      throw ArchiveError(path: path, problem: Self.explain(error))
    }
  }

  /// The time an edit was made, ISO 8601 UTC (as `StoredEdit.created`).
  public static func stamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
