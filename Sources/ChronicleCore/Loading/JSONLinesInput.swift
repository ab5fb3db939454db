import Foundation

/// Articles as JSON lines, `{"path": …, "text": …, "published": "YYYY-MM-DD"}` one per line,
/// so `chronicle extract --input jsonl` can be the mapper of a batch engine. A bad line is
/// reported by file and line number; the other lines go on.
public enum JSONLinesInput {
  public static func articles(in data: Data, path: String) -> [Result<SourceText, InputProblem>] {
    var results: [Result<SourceText, InputProblem>] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let problem = { (message: String) in
        InputProblem(path: "\(path):\(lineNumber)", message: message, severity: .skipped)
      }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
      else {
        results.append(.failure(problem("not a JSON object; skipped")))
        continue
      }
      guard let text = object["text"] as? String, !text.isEmpty else {
        results.append(.failure(problem("no \"text\" field; skipped")))
        continue
      }
      let published = (object["published"] as? String ?? object["date"] as? String)
      var source = SourceText(
        path: object["path"] as? String ?? "\(path):\(lineNumber)", text: text)
      if let published {
        guard let date = CalendarDate(iso: String(published.prefix(10))) else {
          results.append(.failure(problem("\"published\" is not a YYYY-MM-DD day; skipped")))
          continue
        }
        source.published = date
      }
      results.append(.success(source))
    }
    return results
  }
}
