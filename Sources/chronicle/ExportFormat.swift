import ArgumentParser
import ChronicleCore

/// The formats `extract` and `merge` write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, csv, markdown, timelinejs

  /// The corpus in this format as UTF-8 (the JSON formats are built as bytes: at hundreds of
  /// megabytes a `String` in between costs a copy and a validation pass).
  func render(_ corpus: Corpus) -> [UInt8] {
    switch self {
    case .json: return CorpusJSON.encodeLine(corpus)
    case .jsonl: return CorpusJSON.encodeLines(corpus)
    case .csv: return Array(CorpusCSV.encode(corpus).utf8)
    case .markdown: return Array(CorpusMarkdown.encode(corpus).utf8)
    case .timelinejs: return Array((CorpusTimelineJS.encode(corpus) + "\n").utf8)
    }
  }
}
