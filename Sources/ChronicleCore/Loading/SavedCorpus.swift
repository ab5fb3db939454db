import Foundation

/// A saved `chronicle/1` export on disk: one JSON object (`extract`, `merge`) or JSON lines,
/// one object per document (`extract --format jsonl`).
public enum SavedCorpus {
  public static func isSavedCorpusPath(_ path: String) -> Bool {
    path.hasSuffix(".json") || path.hasSuffix(".jsonl")
  }

  /// The corpora a file holds; a bad line is a problem naming the file and line.
  public static func read(_ path: String) -> (corpora: [Corpus], problems: [InputProblem]) {
    var corpora: [Corpus] = []
    let problems = forEachPart(in: path) { corpora.append($0) }
    return (corpora, problems)
  }

  /// Hands each corpus the file (or `-`, standard input) holds to `body`, in order, reading
  /// and decoding a line at a time, so a large JSON-lines file is never in memory whole. A bad
  /// line is a problem naming the file and the line, and the lines after it still count. A
  /// single object spread over several lines (pretty-printed) is read whole.
  public static func forEachPart(in path: String, _ body: (Corpus) -> Void) -> [InputProblem] {
    let file = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
    guard let file else { return [problem(path, "cannot read the file; skipped")] }
    var lines = LineReader(file)
    var problems: [InputProblem] = []
    var parts = 0
    var lineNumber = 0
    while let line = lines.next() {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        body(try line.withUnsafeBufferPointer(CorpusDecoder.decode))
        parts += 1
      } catch {
        if parts == 0, problems.isEmpty,
          let whole = try? (Array(line) + [0x0A] + lines.rest()).withUnsafeBufferPointer(CorpusDecoder.decode)
        {
          body(whole)
          return []
        }
        let reason = (error as? CorpusDecoder.Failure)?.description ?? "not valid JSON"
        problems.append(problem(path, "line \(lineNumber): \(reason); skipped"))
      }
    }
    if lines.failed { problems.append(problem(path, "cannot read the file to its end")) }
    if parts == 0 && problems.isEmpty {
      problems.append(problem(path, "no chronicle/1 corpus in it; skipped"))
    }
    return problems
  }

  private static func problem(_ path: String, _ message: String) -> InputProblem {
    InputProblem(path: path, message: message, severity: .skipped)
  }
}

/// The lines of a file, read a megabyte at a time (more while a line runs on); each line
/// without its line break, lent until the next call.
private struct LineReader {
  /// Held so that the descriptor stays open while the reader reads from it.
  private let file: FileHandle
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next line break goes on: a long line is not searched again
  /// from its start after each read.
  private var scanned = 0
  private var atEnd = false
  private(set) var failed = false
  /// The bytes a regular file has left to read; `nil` for a pipe.
  private var left: Int?

  init(_ file: FileHandle) {
    self.file = file
    descriptor = file.fileDescriptor
    // Room for a regular file whole: one allocation even when it is one long line (a merged
    // corpus); pages never written (the lines of a large JSON-lines file are read into its
    // first megabytes again and again) cost no memory.
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
      buffer.reserveCapacity(Int(info.st_size) + 1)
      left = Int(info.st_size)
    }
  }

  mutating func next() -> ArraySlice<UInt8>? {
    while true {
      let from = max(start, scanned)
      let newline = buffer.withUnsafeBufferPointer { b -> Int? in
        guard let base = b.baseAddress, from < b.count else { return nil }
        return memchr(base + from, 0x0A, b.count - from).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
      }
      if let newline {
        defer { start = newline + 1 }
        return buffer[start..<newline]
      }
      scanned = buffer.count
      if atEnd {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return buffer[start...]
      }
      fill()
    }
  }

  /// Everything not read yet, as it stands.
  mutating func rest() -> [UInt8] {
    while !atEnd { fill() }
    defer { start = buffer.count }
    return Array(buffer[start...])
  }

  private mutating func fill() {
    buffer.removeSubrange(..<start)
    scanned -= start
    start = 0
    // A line longer than a megabyte (a whole merged corpus) is read on in one piece from a
    // file, in ever larger pieces from a pipe.
    let wanted = buffer.count < 1 << 20 ? 1 << 20 : max(left ?? 0, buffer.count)
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: wanted))
    var got = 0
    repeat {
      got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, wanted) }
    } while got < 0 && errno == EINTR
    buffer.removeLast(wanted - max(got, 0))
    left = left.map { $0 - max(got, 0) }
    if got < 0 { failed = true }
    if got <= 0 { atEnd = true }
  }
}
