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
  /// `progress` hears `(done, total)` inputs as each finishes (for a loading line).
  public func load(
    paths: [String], progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) -> (corpus: Corpus, problems: [InputProblem]) {
    if paths.isEmpty {
      return build([SourceText(path: BuiltinSample.path, text: BuiltinSample.text)])
    }
    let saved = paths.filter(SavedCorpus.isSavedCorpusPath)
    let articles = paths.filter { !SavedCorpus.isSavedCorpusPath($0) }
    var merger = CorpusMerger()
    var problems: [InputProblem] = []
    let expanded = sourceLoader.expand(articles)
    let total = expanded.files.count + saved.count
    problems += expanded.problems
    problems += extract(expanded.files.map(input(reading:)), into: &merger) { progress($0, total) }
    var savedParts: [Corpus] = []
    for (offset, path) in saved.enumerated() {
      let (corpora, fileProblems) = SavedCorpus.read(path)
      savedParts += corpora
      problems += fileProblems
      progress(expanded.files.count + offset + 1, total)
    }
    // One saved corpus is already merged: open it as it is.
    if savedParts.count == 1, articles.isEmpty { return (savedParts[0], problems) }
    for part in savedParts { merger.add(part) }
    return (merger.corpus(), problems)
  }

  /// Extracts already-read sources into one corpus.
  public func build(_ sources: [SourceText]) -> (corpus: Corpus, problems: [InputProblem]) {
    var merger = CorpusMerger()
    let problems = extract(sources.map { source in { .success((source, [])) } }, into: &merger)
    return (merger.corpus(), problems)
  }

  /// An input that reads a file when a worker gets to it.
  public func input(reading path: String) -> ParallelExtractor.Input {
    let loader = sourceLoader
    return { loader.read(path) }
  }

  /// Extracts `inputs`, merging each document as it is done; returns the problems.
  /// `finished` hears how many inputs are done.
  private func extract(
    _ inputs: [ParallelExtractor.Input], into merger: inout CorpusMerger,
    finished: (Int) -> Void = { _ in }
  ) -> [InputProblem] {
    var problems: [InputProblem] = []
    ParallelExtractor(reader: reader).run(inputs) { position, result in
      defer { finished(position + 1) }
      switch result {
      case .success(let (corpus, warnings)):
        merger.add(corpus)
        problems += warnings
      case .failure(let problem):
        problems.append(problem)
      }
    }
    return problems
  }
}
