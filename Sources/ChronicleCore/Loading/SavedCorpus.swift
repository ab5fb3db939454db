import Foundation

/// A saved `chronicle/1` export on disk: one JSON object (`extract`, `merge`) or JSON lines,
/// one object per document (`extract --format jsonl`).
public enum SavedCorpus {
  public static func isSavedCorpusPath(_ path: String) -> Bool {
    path.hasSuffix(".json") || path.hasSuffix(".jsonl")
  }

  /// The corpora a file holds; a bad line is an error naming the file and line.
  public static func read(_ path: String) -> Result<[Corpus], InputProblem> {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: path) else {
        return .failure(
          InputProblem(path: path, message: "cannot read the file; skipped", severity: .skipped))
      }
      data = contents
    }
    return parse(data, path: path)
  }

  public static func parse(_ data: Data, path: String) -> Result<[Corpus], InputProblem> {
    if let whole = try? CorpusDecoder.decode(data) { return .success([whole]) }
    var corpora: [Corpus] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        corpora.append(try CorpusDecoder.decode(Data(line)))
      } catch {
        let reason = (error as? CorpusDecoder.Failure)?.description ?? "not valid JSON"
        return .failure(
          InputProblem(
            path: path, message: "line \(lineNumber): \(reason); skipped", severity: .skipped))
      }
    }
    guard !corpora.isEmpty else {
      return .failure(
        InputProblem(path: path, message: "no chronicle/1 corpus in it; skipped", severity: .skipped))
    }
    return .success(corpora)
  }
}
