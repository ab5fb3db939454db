#if canImport(Glibc)
  import Glibc
#endif
import ChronicleCore
import ChronicleUI

/// Where problems with inputs are told: standard error, one line each, naming the file.
enum Diagnostics {
  static func report(_ problems: [InputProblem]) {
    for problem in problems {
      let label = problem.severity == .skipped ? "error" : "warning"
      FileDescriptor.standardError.write("chronicle: \(label): \(escaped(problem.description))\n")
    }
  }

  /// The message with terminal controls written out (`\u{1B}`): file names and front-matter
  /// values come from the inputs, and a message must not be able to drive the terminal.
  static func escaped(_ message: String) -> String {
    var out = ""
    for scalar in message.unicodeScalars {
      if TextSanitizer.isUnsafe(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Writes whole strings to a file descriptor, retrying short writes. A closed pipe ends
/// the process through SIGPIPE, quietly, as `chronicle extract | head -1` expects.
struct FileDescriptor {
  let raw: Int32

  static let standardOutput = FileDescriptor(raw: 1)
  static let standardError = FileDescriptor(raw: 2)

  /// Writes all of `text`; `false` when the descriptor refused (disk full, closed pipe).
  @discardableResult
  func write(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(write)
  }

  /// Writes all of `bytes`; `false` when the descriptor refused.
  @discardableResult
  func write(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(write)
  }

  private func write(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard var base = buffer.baseAddress else { return true }
    var left = buffer.count
    while left > 0 {
      let n = Glibc.write(raw, base, left)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      base += n
      left -= n
    }
    return true
  }
}
