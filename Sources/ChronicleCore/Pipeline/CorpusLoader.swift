/// The whole read path in one call: expand paths, read and decode each input, extract every
/// document, and assemble the corpus. Problems come back beside the corpus, never instead of it.
public struct CorpusLoader: Sendable {
  public var reader: DocumentReader
  public var sourceLoader = SourceLoader()

  public init(dateOverride: CalendarDate? = nil) {
    reader = DocumentReader(dateOverride: dateOverride)
  }

  /// Loads the given paths; with no path, the built-in sample.
  public func load(paths: [String]) -> (corpus: Corpus, problems: [InputProblem]) {
    var problems: [InputProblem] = []
    var sources: [SourceText] = []
    if paths.isEmpty {
      sources = [SourceText(path: BuiltinSample.path, text: BuiltinSample.text)]
    } else {
      let expanded = sourceLoader.expand(paths)
      problems += expanded.problems
      for file in expanded.files {
        switch sourceLoader.read(file) {
        case .success(let (source, warnings)):
          sources.append(source)
          problems += warnings
        case .failure(let problem):
          problems.append(problem)
        }
      }
    }
    let built = build(sources)
    return (built.corpus, problems + built.problems)
  }

  /// Extracts already-read sources into one corpus.
  public func build(_ sources: [SourceText]) -> (corpus: Corpus, problems: [InputProblem]) {
    var problems: [InputProblem] = []
    var extractions: [Corpus] = []
    for (position, source) in sources.enumerated() {
      let (document, warnings) = reader.read(source, id: "d\(position + 1)")
      problems += warnings
      extractions.append(DocumentExtractor().extract(document))
    }
    return (CorpusMerger().merge(extractions), problems)
  }
}
