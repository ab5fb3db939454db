import ArgumentParser
import ChronicleCore

/// The formats `extract` and `merge` write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl

  func render(_ corpus: Corpus) -> String {
    switch self {
    case .json: return CorpusJSON.encode(corpus) + "\n"
    case .jsonl: return CorpusJSON.encodeLines(corpus)
    }
  }
}
