import ArgumentParser
import ChronicleCore

/// The formats `extract` and `merge` write.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, csv, markdown, timelinejs

  /// Writes the corpus in this format. chronicle/1 JSON streams out piece by piece, as bytes:
  /// at hundreds of megabytes a whole `String` in between costs memory, a copy and a
  /// validation pass.
  func write(_ corpus: Corpus, to sink: OutputSink) {
    switch self {
    case .json: CorpusJSON.write(corpus) { sink.write($0) }
    case .jsonl: sink.write(CorpusJSON.encodeLines(corpus))
    case .csv: sink.write(Array(CorpusCSV.encode(corpus).utf8))
    case .markdown: sink.write(Array(CorpusMarkdown.encode(corpus).utf8))
    case .timelinejs: sink.write(Array((CorpusTimelineJS.encode(corpus) + "\n").utf8))
    }
  }
}
