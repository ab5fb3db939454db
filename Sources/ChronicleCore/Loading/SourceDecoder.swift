/// Turns the bytes of one input into text: rejects binary data, replaces invalid UTF-8 with
/// U+FFFD (with a warning) and drops a byte-order mark.
public enum SourceDecoder {
  public static func decode(_ bytes: [UInt8], path: String) -> Result<
    (text: String, warnings: [InputProblem]), InputProblem
  > {
    if bytes.isEmpty {
      return .failure(InputProblem(path: path, message: "empty file; skipped", severity: .skipped))
    }
    if looksBinary(bytes) {
      return .failure(
        InputProblem(path: path, message: "binary data, not text; skipped", severity: .skipped))
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var warnings: [InputProblem] = []
    let text: String
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: body, as: UTF8.self)
      warnings.append(
        InputProblem(
          path: path, message: "invalid UTF-8; bad bytes replaced with U+FFFD", severity: .warning))
    }
    if text.unicodeScalars.allSatisfy({ $0.isSpace }) {
      return .failure(
        InputProblem(path: path, message: "no text, only white space; skipped", severity: .skipped))
    }
    return .success((text, warnings))
  }

  /// NUL bytes never occur in text; nor does a high share of other control bytes. Reads the
  /// sample through a buffer pointer and tests most bytes once: a slice's iteration and a test
  /// for NUL before the one for control bytes cost several times more per byte.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { all in
      let sample = UnsafeBufferPointer(rebasing: all.prefix(8192))
      var controls = 0
      for byte in sample where byte < 0x20 {
        if byte == 0 { return true }
        if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { controls += 1 }
      }
      return controls * 10 > sample.count
    }
  }
}
