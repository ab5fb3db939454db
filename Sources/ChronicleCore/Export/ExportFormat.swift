/// The formats `extract`, `merge` and the explorer's `:export` write, each rendered from a
/// corpus.
public enum ExportFormat: String, Sendable, CaseIterable {
  case json, jsonl, csv, markdown, timelinejs

  /// Writes the corpus in this format as UTF-8 pieces, in order. chronicle/1 JSON streams out
  /// piece by piece: at hundreds of megabytes a whole `String` in between costs memory, a
  /// copy and a validation pass.
  public func write(_ corpus: Corpus, to output: ([UInt8]) -> Void) {
    switch self {
    case .json: CorpusJSON.write(corpus, to: output)
    case .jsonl: output(CorpusJSON.encodeLines(corpus))
    case .csv: output(Array(CorpusCSV.encode(corpus).utf8))
    case .markdown: output(Array(CorpusMarkdown.encode(corpus).utf8))
    case .timelinejs: output(Array((CorpusTimelineJS.encode(corpus) + "\n").utf8))
    }
  }

  /// The whole export as text.
  public func render(_ corpus: Corpus) -> String {
    var bytes: [UInt8] = []
    write(corpus) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The format a file name asks for: `.json` chronicle/1, `.jsonl`, `.csv`, `.md` or
  /// `.markdown`, and `.timeline.json` for TimelineJS (checked before `.json`, as it ends in
  /// it). `nil` for any other name, so a typo never silently writes JSON.
  public init?(pathExtensionOf path: String) {
    let name = path.lowercased()
    let suffixes: [(String, ExportFormat)] = [
      (".timeline.json", .timelinejs), (".jsonl", .jsonl), (".json", .json), (".csv", .csv),
      (".md", .markdown), (".markdown", .markdown),
    ]
    guard let match = suffixes.first(where: { name.hasSuffix($0.0) }) else { return nil }
    self = match.1
  }

  /// The file extensions `init(pathExtensionOf:)` knows, for messages and help.
  public static let knownExtensions = ".json .jsonl .csv .md .timeline.json"
}
