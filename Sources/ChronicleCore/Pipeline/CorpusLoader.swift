/// The whole read path in one call: expand paths, read and decode each input, extract every
/// document on all cores, and assemble the corpus. Problems come back beside the corpus,
/// never instead of it.
public struct CorpusLoader: Sendable {
  public var reader: DocumentReader
  public var sourceLoader = SourceLoader()

  public init(dateOverride: CalendarDate? = nil) {
    reader = DocumentReader(dateOverride: dateOverride)
  }

  /// Loads the given paths; with no path, the built-in sample. Paths that hold a saved
  /// `chronicle/1` export (`.json`, `.jsonl`) are read as corpora, not extracted again.
  public func load(paths: [String]) -> (corpus: Corpus, problems: [InputProblem]) {
    if paths.isEmpty {
      return build([SourceText(path: BuiltinSample.path, text: BuiltinSample.text)])
    }
    let saved = paths.filter(SavedCorpus.isSavedCorpusPath)
    let articles = paths.filter { !SavedCorpus.isSavedCorpusPath($0) }
    var parts: [Corpus] = []
    var problems: [InputProblem] = []
    if !articles.isEmpty {
      let expanded = sourceLoader.expand(articles)
      problems += expanded.problems
      let extracted = extract(expanded.files.map(input(reading:)))
      parts += extracted.parts
      problems += extracted.problems
    }
    for path in saved {
      switch SavedCorpus.read(path) {
      case .success(let corpora): parts += corpora
      case .failure(let problem): problems.append(problem)
      }
    }
    // One saved corpus is already merged: open it as it is.
    if parts.count == 1, articles.isEmpty { return (parts[0], problems) }
    return (CorpusMerger().merge(parts), problems)
  }

  /// Extracts already-read sources into one corpus.
  public func build(_ sources: [SourceText]) -> (corpus: Corpus, problems: [InputProblem]) {
    let extracted = extract(sources.map { source in { .success((source, [])) } })
    return (CorpusMerger().merge(extracted.parts), extracted.problems)
  }

  /// An input that reads a file when a worker gets to it.
  public func input(reading path: String) -> ParallelExtractor.Input {
    let loader = sourceLoader
    return { loader.read(path) }
  }

  private func extract(_ inputs: [ParallelExtractor.Input]) -> (
    parts: [Corpus], problems: [InputProblem]
  ) {
    var parts: [Corpus] = []
    var problems: [InputProblem] = []
    ParallelExtractor(reader: reader).run(inputs) { _, result in
      switch result {
      case .success(let (corpus, warnings)):
        parts.append(corpus)
        problems += warnings
      case .failure(let problem):
        problems.append(problem)
      }
    }
    return (parts, problems)
  }
}
