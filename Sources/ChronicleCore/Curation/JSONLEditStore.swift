import Foundation

/// Edits in a JSON-lines file, one `StoredEdit` a line: used when no archive exists, and by
/// tests. An append is written with `O_APPEND` and `fsync`ed before it returns; a revert
/// rewrites the file through a temporary file and a rename, so a crash leaves the old or the
/// new file, never half of one.
public final class JSONLEditStore: EditStore {
  public let path: String

  public init(path: String) { self.path = path }

  public func load() throws -> [StoredEdit] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EditStoreError("\(path): cannot read the edits file")
    }
    return try EditLines.decode(data, from: path, as: StoredEdit.self)
  }

  public func append(_ edit: Edit) throws -> StoredEdit {
    let stored = StoredEdit(
      id: (try load().map(\.id).max() ?? 0) + 1, created: Self.now(), reverted: false, edit: edit)
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw EditStoreError("\(path): cannot open to save the edit") }
    defer { close(descriptor) }
    try write(EditLines.line(stored), to: descriptor)
    return stored
  }

  public func revert(id: Int) throws {
    var edits = try load()
    guard let position = edits.firstIndex(where: { $0.id == id }) else {
      throw EditStoreError("\(path): no edit \(id)")
    }
    edits[position].reverted = true
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_TRUNC | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw EditStoreError("\(temporary): cannot write") }
    do {
      try write(edits.map(EditLines.line).joined(), to: descriptor)
      close(descriptor)
    } catch {
      close(descriptor)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      throw EditStoreError("\(path): cannot replace the edits file")
    }
  }

  private func write(_ text: String, to descriptor: Int32) throws {
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      guard n > 0 else { throw EditStoreError("\(path): cannot write the edit") }
      done += n
    }
    guard fsync(descriptor) == 0 else { throw EditStoreError("\(path): cannot sync the edit") }
  }

  private static func now() -> String {
    ISO8601DateFormatter().string(from: Date())
  }
}
