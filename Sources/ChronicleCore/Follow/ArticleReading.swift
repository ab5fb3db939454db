/// How followed article files become one-document corpora: extracted in memory
/// (`ExtractingArticleReading`), or through the archive, which reads back what it holds and
/// remembers what is new, so an arrival is not extracted again on the next start.
public protocol ArticleReading: Sendable {
  /// Reads the article files at `paths` (absolute or as given), handing each result on with
  /// its position in `paths`. Problems that concern the store rather than one file (a full
  /// disk) come back apart, to be reported once.
  func read(
    _ paths: [String], emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) -> [InputProblem]
}

/// Extracts every file in memory on all cores (`--no-archive`).
public struct ExtractingArticleReading: ArticleReading {
  public var loader: CorpusLoader

  public init(loader: CorpusLoader) {
    self.loader = loader
  }

  public func read(
    _ paths: [String], emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) -> [InputProblem] {
    ParallelExtractor(reader: loader.reader).run(paths.map(loader.input(reading:)), emit: emit)
    return []
  }
}
