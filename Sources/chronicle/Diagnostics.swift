#if canImport(Glibc)
  import Glibc
#endif
import ChronicleCore

/// Where problems with inputs are told: standard error, one line each, naming the file.
enum Diagnostics {
  static func report(_ problems: [InputProblem]) {
    for problem in problems {
      let label = problem.severity == .skipped ? "error" : "warning"
      FileDescriptor.standardError.write("chronicle: \(label): \(problem)\n")
    }
  }
}

/// Writes whole strings to a file descriptor, retrying short writes. A closed pipe ends
/// the process through SIGPIPE, quietly, as `chronicle extract | head -1` expects.
struct FileDescriptor {
  let raw: Int32

  static let standardOutput = FileDescriptor(raw: 1)
  static let standardError = FileDescriptor(raw: 2)

  func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      guard var base = buffer.baseAddress else { return }
      var left = buffer.count
      while left > 0 {
        let n = Glibc.write(raw, base, left)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        base += n
        left -= n
      }
    }
  }
}

/// Writes a file atomically: a temporary file beside it, then a rename.
enum OutputFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func write(_ text: String, to path: String) throws {
    let temporary = path + ".tmp-\(getpid())"
    guard let file = fopen(temporary, "w") else {
      throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
    }
    var text = text
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
    let closed = fclose(file)
    guard written == text.utf8.count, closed == 0, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
    }
  }
}
