import ArgumentParser
import ChronicleCore

/// The formats `extract` and `merge` write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, csv, markdown, timelinejs

  func render(_ corpus: Corpus) -> String {
    switch self {
    case .json: return CorpusJSON.encode(corpus) + "\n"
    case .jsonl: return CorpusJSON.encodeLines(corpus)
    case .csv: return CorpusCSV.encode(corpus)
    case .markdown: return CorpusMarkdown.encode(corpus)
    case .timelinejs: return CorpusTimelineJS.encode(corpus) + "\n"
    }
  }
}
