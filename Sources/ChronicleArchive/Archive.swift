import ChronicleCore
import Foundation
import GRDB

/// The archive: a SQLite file (WAL, a `DatabasePool`) that remembers each article's identity
/// and extraction, and the reader's edits, so a reopening reads instead of extracting and an
/// explorer and `chronicle index` can use one file at once.
public final class Archive: Sendable {
  /// Marks a SQLite file as a Chronicle archive, so another program's database is refused.
  static let applicationID: Int32 = 0x4368_7231  // "Chr1"

  public let path: String
  let pool: DatabasePool

  /// Opens (or creates) the archive at `path`. An existing file must be a sound Chronicle
  /// archive that can be written; anything else is an `ArchiveError` and the file is untouched.
  public init(path: String) throws {
    self.path = path
    try ArchiveFileCheck.check(path)
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    pool = try Self.openPool(path: path, configuration: configuration)
  }

  /// Opens the pool and brings the schema up to date. Two processes creating one new archive
  /// at once can find it locked while the other switches it to WAL, which SQLite's busy
  /// timeout does not cover, or find a table or column the other created after they looked for
  /// applied migrations: both are retried for a few seconds (the retry sees the migration applied),
  /// never reported at once.
  private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
    var attempts = 0
    while true {
      do {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try ArchiveSchema.migrator.migrate(pool)
        return pool
      } catch let error as DatabaseError {
        attempts += 1
        let raced =
          error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
          || (error.resultCode == .SQLITE_ERROR && Self.isSchemaRace(error.message ?? ""))
        guard raced, attempts < 100 else { throw ArchiveError(path: path, problem: explain(error)) }
        usleep(50_000)
      }
    }
  }

  /// Whether a migration failed because another process applied it first: a table or index
  /// it creates already exists, or a column it adds is already there.
  private static func isSchemaRace(_ message: String) -> Bool {
    message.hasSuffix("already exists") || message.hasPrefix("duplicate column name")
  }

  /// `$XDG_DATA_HOME/chronicle/archive.sqlite`, else `~/.local/share/chronicle/archive.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    return data + "/chronicle/archive.sqlite"
  }

  /// Runs a write, turning SQLite's failures (disk full, read-only) into an `ArchiveError`.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    do { return try pool.write(body) } catch let error as DatabaseError {
      throw ArchiveError(path: path, problem: Self.explain(error))
    }
  }

  /// Runs a read, turning SQLite's failures into an `ArchiveError`.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do { return try pool.read(body) } catch let error as DatabaseError {
      throw ArchiveError(path: path, problem: Self.explain(error))
    }
  }

  static func explain(_ error: DatabaseError) -> String {
    switch error.resultCode {
    case .SQLITE_FULL: return "the disk is full"
    case .SQLITE_READONLY, .SQLITE_PERM: return "cannot be written (read-only)"
    case .SQLITE_NOTADB: return "is not a SQLite database"
    case .SQLITE_CORRUPT: return "is damaged (\(error.message ?? "malformed"))"
    case .SQLITE_CANTOPEN: return "cannot be opened"
    default: return error.message ?? "\(error)"
    }
  }
}
