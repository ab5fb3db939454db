import Foundation

/// A temporary directory of test articles, removed when the folder is released. Every folder
/// holds `good.txt`, whose results must come out whatever else is beside it.
public final class ArticleFolder {
  public let path: String

  /// A short article with a dated, attributed quote.
  public static let goodText = """
    On Monday, Secretary of State Marco Rubio said the talks "will resume as soon as \
    possible in Geneva."\n
    """

  public init() throws {
    var template = Array((NSTemporaryDirectory() + "chronicle-articles-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
    path = String(cString: made)
    chmod(path, 0o755)  // readable by `nobody` for the unprivileged runs
    try write("good.txt", Self.goodText)
  }

  /// An archive file beside the folder (not inside it, so indexing the folder never reads
  /// it); removed with the folder, together with SQLite's -wal and -shm files.
  public var archivePath: String { path + "-archive.sqlite" }

  /// Deletes the archive beside the folder, so the next run starts a new one.
  public func removeArchive() {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: archivePath + suffix)
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
    removeArchive()
  }

  public var good: String { path + "/good.txt" }

  /// Writes `bytes` to `name` (inside the folder) and returns its path.
  @discardableResult
  public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  /// Makes `name` a symbolic link to `target` and returns its path.
  @discardableResult
  public func link(_ name: String, to target: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: target)
    return file
  }
}
