#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Finds and reads the inputs named on the command line: files, directories (searched
/// recursively for `.txt` and `.md`, symlink loops cut), or `-` for standard input. Every
/// problem names its path; one bad input never stops the others.
public struct SourceLoader: Sendable {
  /// File endings a directory search picks up; other files there are skipped quietly.
  public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]

  /// File endings of data and documents that are not plain-text news: named on the command
  /// line they are refused with a message rather than read as an article's text.
  static let dataExtensions: Set<String> = [
    "csv", "tsv", "xls", "xlsx", "ods", "pdf", "doc", "docx", "odt", "rtf", "zip", "gz", "tar",
    "png", "jpg", "jpeg", "gif", "parquet",
  ]

  public init() {}

  /// Whether a file name has one of the article endings (`story.txt`, `NOTE.MD`).
  public static func isArticleName(_ name: some StringProtocol) -> Bool {
    guard let dot = name.lastIndex(of: ".") else { return false }
    return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// The data-file ending of `path` ("csv"), if it has one.
  static func dataFileKind(_ path: String) -> String? {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: ".") else { return nil }
    let ending = name[name.index(after: dot)...].lowercased()
    return dataExtensions.contains(ending) ? ending : nil
  }

  /// The files the paths stand for, in a stable order (directories sorted by name).
  public func expand(_ paths: [String]) -> (files: [String], problems: [InputProblem]) {
    var files: [String] = []
    var problems: [InputProblem] = []
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var info = stat()
      guard stat(path, &info) == 0 else {
        problems.append(InputProblem(path: path, message: errorText(errno), severity: .skipped))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        var visited = Set<String>()
        walk(path, into: &files, visited: &visited, problems: &problems)
      } else if let kind = Self.dataFileKind(path) {
        problems.append(
          InputProblem(
            path: path,
            message: "a .\(kind) file is not an article (.txt, .md) or a saved corpus "
              + "(.json, .jsonl); skipped",
            severity: .skipped))
      } else {
        files.append(path)
      }
    }
    return (files, problems)
  }

  /// Reads one file (or standard input for `-`) and decodes it.
  public func read(_ path: String) -> Result<(SourceText, [InputProblem]), InputProblem> {
    let bytes: [UInt8]
    switch readBytes(path) {
    case .success(let b): bytes = b
    case .failure(let problem): return .failure(problem)
    }
    let shown = path == "-" ? "<stdin>" : path
    return SourceDecoder.decode(bytes, path: shown).map { decoded in
      (SourceText(path: path, text: decoded.text), decoded.warnings)
    }
  }

  private func walk(
    _ directory: String, into files: inout [String], visited: inout Set<String>,
    problems: inout [InputProblem]
  ) {
    guard let real = realpath(directory, nil) else {
      problems.append(InputProblem(path: directory, message: errorText(errno), severity: .skipped))
      return
    }
    let key = String(cString: real)
    free(real)
    guard visited.insert(key).inserted else { return }  // a symlink loop or a second path
    guard let dir = opendir(directory) else {
      problems.append(InputProblem(path: directory, message: errorText(errno), severity: .skipped))
      return
    }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." && !name.hasPrefix(".") { names.append(name) }
    }
    closedir(dir)
    for name in names.sorted() {
      let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var info = stat()
      guard stat(child, &info) == 0 else {
        if lstat(child, &info) == 0 {
          problems.append(InputProblem(path: child, message: errorText(errno), severity: .skipped))
        }
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        walk(child, into: &files, visited: &visited, problems: &problems)
      } else if (info.st_mode & S_IFMT) == S_IFREG, Self.isArticleName(name) {
        files.append(child)
      }
    }
  }

  private func readBytes(_ path: String) -> Result<[UInt8], InputProblem> {
    let fd = path == "-" ? 0 : open(path, O_RDONLY)
    guard fd >= 0 else {
      return .failure(InputProblem(path: path, message: errorText(errno), severity: .skipped))
    }
    defer { if fd != 0 { close(fd) } }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      return .failure(
        InputProblem(path: path, message: "is a directory; skipped", severity: .skipped))
    }
    var bytes: [UInt8] = []
    if info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
    // A chunk just over the file's size reads it in one call; a fixed 64 KiB one cost more in
    // zeroing than in reading, as most articles are a few KiB.
    let chunkSize = info.st_size > 0 ? min(1 << 16, Int(info.st_size) + 1) : 1 << 16
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(InputProblem(path: path, message: errorText(errno), severity: .skipped))
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }

  private func errorText(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or directory; skipped"
    case EACCES: return "permission denied; skipped"
    case ELOOP: return "too many levels of symbolic links; skipped"
    default: return String(cString: strerror(code)) + "; skipped"
    }
  }
}
