import Foundation

/// Where edits are kept: the archive's `edits` table (`ArchiveEditStore`), or a JSON-lines
/// file without an archive. Each `append` is durable before it returns, so the screen can say
/// "saved" truthfully.
public protocol EditStore: AnyObject {
  /// Every edit, oldest first, reverted ones included.
  func load() throws -> [StoredEdit]
  /// Saves an edit in its own transaction and returns it with its id and time.
  func append(_ edit: Edit) throws -> StoredEdit
  /// Marks an edit reverted (it stays listed, and no longer applies).
  func revert(id: Int) throws
  /// Appends those of `edits` not already in force (so importing twice changes nothing);
  /// returns how many were new.
  func importEdits(_ edits: [Edit]) throws -> Int
}

extension EditStore {
  /// The edits still in force, oldest first: what `Curation.apply` lays over a corpus.
  public func activeEdits() throws -> [StoredEdit] { try load().filter { !$0.reverted } }

  /// One append at a time; a store that can import in one transaction does so instead.
  public func importEdits(_ edits: [Edit]) throws -> Int {
    var present = Set(try activeEdits().map(\.edit))
    var added = 0
    for edit in edits where !present.contains(edit) {
      _ = try append(edit)
      present.insert(edit)
      added += 1
    }
    return added
  }
}

/// An edit as a store keeps it.
public struct StoredEdit: Sendable, Equatable, Codable {
  public var id: Int
  /// When it was made, ISO 8601 UTC.
  public var created: String
  public var reverted: Bool
  public var edit: Edit

  public init(id: Int, created: String, reverted: Bool, edit: Edit) {
    self.id = id
    self.created = created
    self.reverted = reverted
    self.edit = edit
  }
}

/// A store or edits file that cannot be read or written, naming the file and the problem.
public struct EditStoreError: Error, CustomStringConvertible, Equatable {
  public let description: String

  public init(_ description: String) { self.description = description }
}
