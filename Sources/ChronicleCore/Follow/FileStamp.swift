#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file looks like from outside: its size and modification time. Two equal stamps mean
/// "unchanged, as far as anyone can cheaply tell", which is how a rescan knows what to skip.
public struct FileStamp: Sendable, Hashable {
  public var size: Int64
  public var modifiedNanoseconds: Int64

  public init(size: Int64, modifiedNanoseconds: Int64) {
    self.size = size
    self.modifiedNanoseconds = modifiedNanoseconds
  }

  /// The stamp of the regular file at `path`, following links; `nil` when there is none.
  public static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return FileStamp(
      size: Int64(info.st_size),
      modifiedNanoseconds: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}
