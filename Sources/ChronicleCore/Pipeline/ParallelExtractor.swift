import Foundation

/// Extracts many documents on all cores and hands each result on in input order, as soon as
/// it and everything before it is done. Workers read their own inputs, so a directory of
/// thousands of files never sits in memory at once; at most `window` finished documents wait
/// for an earlier, slower one.
public struct ParallelExtractor: Sendable {
  /// One input: its position, and how to get its text (read a file, or already given).
  public typealias Input = @Sendable () -> Result<(SourceText, [InputProblem]), InputProblem>

  public var reader: DocumentReader
  public var workers: Int
  public var window: Int

  public init(
    reader: DocumentReader, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    window: Int = 256
  ) {
    self.reader = reader
    self.workers = max(1, workers)
    self.window = max(1, window)
  }

  /// Runs `inputs`, calling `emit` on one thread at a time, in input order, with each
  /// document's one-document corpus (its document id `d<position+1>`) or the problem that
  /// skipped it.
  public func run(
    _ inputs: [Input],
    emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) {
    let reader = self.reader
    OrderedParallel.run(count: inputs.count, workers: workers, window: window, job: { position in
      inputs[position]().map { source, warnings -> (Corpus, [InputProblem]) in
        let (document, more) = reader.read(source, id: RecordID.make("d", position + 1))
        return (DocumentExtractor().extract(document), warnings + more)
      }
    }, emit: emit)
  }
}
