import ChronicleCore
import Foundation

/// Writes the filtered view as chronicle/1 JSON, atomically (a temporary file, then a
/// rename), so a failed export never leaves half a file behind.
enum Exporter {
  static func export(_ corpus: Corpus, filters: [FilterTerm], to path: String) -> StatusMessage {
    let filtered = corpus.filtered(by: filters)
    let json = CorpusJSON.encode(filtered) + "\n"
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    do {
      try Data(json.utf8).write(to: url, options: .atomic)
      return .info(
        "exported \(filtered.events.count) events, \(filtered.quotes.count) quotes to \(path)")
    } catch {
      return .error("export failed: \(path): \(error.localizedDescription)")
    }
  }
}
