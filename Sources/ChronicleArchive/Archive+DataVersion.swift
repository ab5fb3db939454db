import GRDB

extension Archive {
  /// SQLite's `data_version` as the archive's writing connection sees it: it changes when
  /// another connection (another process) commits, never for this process's own writes,
  /// which all go through that connection. Reads no table, so an idle explorer can ask it
  /// several times a second.
  func dataVersion() throws -> Int64 {
    do {
      return try pool.writeWithoutTransaction { db in
        try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
      }
    } catch let error as DatabaseError {
      throw ArchiveError(path: path, problem: Self.explain(error))
    }
  }
}
