import ChronicleCore
import Foundation

/// The reader's edits in the archive's `edits` table: where the explorer, `chronicle extract
/// --archive` and `chronicle edits` keep them whenever an archive is in use. Each edit is the
/// canonical JSON line of `EditLines` (so the same edit is the same text), saved in its own
/// transaction synced to disk before `append` returns. Other processes write the same table,
/// which `changedElsewhere` tells from SQLite's `data_version`.
public final class ArchiveEditStore: SharedEditStore {
  public let archive: Archive
  /// The archive's `data_version` when this store last read or looked.
  private var seenVersion: Int64?

  public init(archive: Archive) { self.archive = archive }

  public func load() throws -> [StoredEdit] {
    seenVersion = try? archive.dataVersion()
    return try reporting {
      try archive.edits().reversed().map { row in
        StoredEdit(
          id: Int(row.id), created: row.created, reverted: row.reverted,
          edit: try EditLines.decode(
            Data(row.json.utf8), named: "archive \(archive.path), edit \(row.id)", as: Edit.self))
      }
    }
  }

  public func append(_ edit: Edit) throws -> StoredEdit {
    let now = Date()
    let id = try reporting { try archive.appendEdit(json: Self.body(edit), created: now) }
    return StoredEdit(id: Int(id), created: Archive.stamp(now), reverted: false, edit: edit)
  }

  public func revert(id: Int) throws {
    guard try reporting({ try archive.markReverted(id: Int64(id)) }) else {
      throw EditStoreError("archive \(archive.path): no edit \(id)")
    }
  }

  public func changedElsewhere() throws -> Bool {
    let version = try reporting { try archive.dataVersion() }
    defer { seenVersion = version }
    return version != seenVersion
  }

  /// All new edits in one transaction: an import is whole or not at all.
  public func importEdits(_ edits: [Edit]) throws -> Int {
    try reporting { try archive.appendNewEdits(edits.map(Self.body), countingReverted: false) }
  }

  /// Brings the edits in force in a JSON-lines file (the explorer's store before edits lived
  /// in the archive, and its store with `--no-archive`) into the archive, once: an edit the
  /// archive has ever held, reverted or not, is not added again. Returns how many were new.
  public func carryOver(from file: JSONLEditStore) throws -> Int {
    let edits = try file.activeEdits().map(\.edit)
    guard !edits.isEmpty else { return 0 }
    return try reporting {
      try archive.appendNewEdits(edits.map(Self.body), countingReverted: true)
    }
  }

  /// The text stored for an edit: its JSON line without the newline.
  private static func body(_ edit: Edit) -> String {
    String(EditLines.line(edit).dropLast())
  }

  /// Runs `work`, an archive failure becoming an edits problem (the callers report those).
  private func reporting<T>(_ work: () throws -> T) throws -> T {
    do { return try work() } catch let error as ArchiveError {
      throw EditStoreError("\(error)")
    }
  }
}
