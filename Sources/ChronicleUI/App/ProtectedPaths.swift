import Foundation

/// The files `:export` must never overwrite: the articles the corpus was read from (and any
/// other input named on the command line).
///
/// Paths are compared after resolving `~`, `.`/`..` and symbolic links, and by device and
/// inode when the target exists, so `./a.txt`, `a.txt`, a symlink to it or a hard link all
/// count as the same file.
public struct ProtectedPaths: Sendable {
  public let paths: [String]
  private let resolved: Set<String>
  private let inodes: Set<FileIdentity>

  public init(_ paths: [String]) {
    self.paths = paths
    resolved = Set(paths.map(Self.resolve))
    inodes = Set(paths.compactMap(FileIdentity.init(path:)))
  }

  public func contains(_ path: String) -> Bool {
    if resolved.contains(Self.resolve(path)) { return true }
    return FileIdentity(path: path).map(inodes.contains) ?? false
  }

  /// An absolute path with symbolic links resolved; for a file that does not exist yet, its
  /// directory is resolved and the name appended.
  static func resolve(_ path: String) -> String {
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
    if FileManager.default.fileExists(atPath: url.path) {
      return url.resolvingSymlinksInPath().path
    }
    let directory = url.deletingLastPathComponent().resolvingSymlinksInPath()
    return directory.appendingPathComponent(url.lastPathComponent).path
  }
}

/// A file's device and inode number: the same file under any name.
struct FileIdentity: Hashable, Sendable {
  let device: UInt64
  let inode: UInt64

  init?(path: String) {
    var info = stat()
    guard stat((path as NSString).expandingTildeInPath, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
