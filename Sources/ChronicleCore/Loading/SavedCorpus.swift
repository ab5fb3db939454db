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
        body(try CorpusDecoder.decode(Data(line)))
        parts += 1
      } catch {
        if parts == 0, problems.isEmpty, let whole = try? CorpusDecoder.decode(Data(line + [0x0A] + lines.rest())) {
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

/// The lines of a file, read a megabyte at a time; each line without its line break.
private struct LineReader {
  private let file: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next line break goes on: a long line is not searched again
  /// from its start after each read.
  private var scanned = 0
  private var atEnd = false
  private(set) var failed = false

  init(_ file: FileHandle) { self.file = file }

  mutating func next() -> [UInt8]? {
    while true {
      if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
        defer { start = newline + 1 }
        return Array(buffer[start..<newline])
      }
      scanned = buffer.count
      if atEnd {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return Array(buffer[start...])
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
    do {
      let chunk = try file.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { atEnd = true } else { buffer += chunk }
    } catch {
      failed = true
      atEnd = true
    }
  }
}
