/// The formats `extract`, `merge` and the explorer's `:export` write, each rendered from a
/// corpus.
public enum ExportFormat: String, Sendable, CaseIterable {
  case json, jsonl, csv, markdown, timelinejs

  public func render(_ corpus: Corpus) -> String {
    switch self {
    case .json: return CorpusJSON.encode(corpus) + "\n"
    case .jsonl: return CorpusJSON.encodeLines(corpus)
    case .csv: return CorpusCSV.encode(corpus)
    case .markdown: return CorpusMarkdown.encode(corpus)
    case .timelinejs: return CorpusTimelineJS.encode(corpus) + "\n"
    }
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
