#if canImport(Glibc)
  import Glibc

  /// Watches folders and all their subfolders through Linux inotify, read directly (Dispatch
  /// has no file-system sources on Linux), and reports what happened to files in them.
  ///
  /// An article counts once it is complete: on close-after-write or when moved in, never on
  /// create, so a file still being written is not read half. Folders that appear are watched
  /// at once and reported, so their files (possibly written before the watch existed) can be
  /// looked at; a lost event (queue overflow) is reported as `overflow`, for a full rescan.
  public final class FolderWatcher {
    /// One thing that happened below the watched folders.
    public enum Change: Sendable, Equatable {
      /// A file was closed after writing, or moved in.
      case written(String)
      /// A file was deleted or moved away.
      case removed(String)
      /// A folder appeared (created or moved in) and is now watched.
      case folderAppeared(String)
      /// A folder was deleted or moved away: every file below it is gone.
      case folderRemoved(String)
      /// The kernel dropped events: only a rescan can tell what changed.
      case overflow
    }

    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private static let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM)
    private static let folderEvents = UInt32(IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Opens an inotify instance; `nil` when the system refuses one (limits reached).
    public init?() {
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { return nil }
      descriptor = fd
    }

    deinit { close(descriptor) }

    /// The descriptor to wait on with `poll` for `POLLIN`.
    public var pollDescriptor: Int32 { descriptor }

    /// Watches `folder` and every folder below it (hidden ones excepted, as the loader skips
    /// them). Returns the folders now watched, `folder` first.
    @discardableResult
    public func watchTree(_ folder: String) -> [String] {
      let wd = inotify_add_watch(descriptor, folder, Self.fileEvents | Self.folderEvents)
      guard wd >= 0 else { return [] }
      folders[wd] = folder
      var watched = [folder]
      for child in Self.subfolders(of: folder) { watched += watchTree(child) }
      return watched
    }

    /// The changes waiting now, in the order they happened (empty when none).
    public func readChanges() -> [Change] {
      var changes: [Change] = []
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return changes }
        changes += parse(count)
      }
    }

    private func parse(_ count: Int) -> [Change] {
      var changes: [Change] = []
      var offset = 0
      let header = MemoryLayout<inotify_event>.size
      while offset + header <= count {
        let (wd, mask, length) = buffer.withUnsafeBytes { raw in
          let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
          return (event.wd, event.mask, Int(event.len))
        }
        let name = Self.name(in: buffer[(offset + header)..<min(count, offset + header + length)])
        offset += header + length
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
          changes.append(.overflow)
          continue
        }
        guard let folder = folders[wd] else { continue }
        if mask & UInt32(IN_IGNORED) != 0 {
          folders[wd] = nil
          continue
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
          inotify_rm_watch(descriptor, wd)
          folders[wd] = nil
          changes.append(.folderRemoved(folder))
          continue
        }
        guard !name.isEmpty, !name.hasPrefix(".") else { continue }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
          if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            watchTree(path)
            changes.append(.folderAppeared(path))
          } else if mask & UInt32(IN_MOVED_FROM) != 0 {
            changes.append(.folderRemoved(path))
          }
        } else if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
          changes.append(.written(path))
        } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
          changes.append(.removed(path))
        }
      }
      return changes
    }

    /// The NUL-padded name that follows an event header.
    private static func name(in bytes: ArraySlice<UInt8>) -> String {
      let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
      return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    /// The visible subfolders of `folder`, sorted.
    static func subfolders(of folder: String) -> [String] {
      guard let dir = opendir(folder) else { return [] }
      defer { closedir(dir) }
      var found: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard !name.hasPrefix(".") else { continue }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { found.append(path) }
      }
      return found.sorted()
    }
  }
#endif
