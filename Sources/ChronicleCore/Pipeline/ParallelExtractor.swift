import Dispatch
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
    let state = OrderedResults(count: inputs.count, window: window)
    let reader = self.reader
    withoutActuallyEscaping(emit) { emit in
      let sink = UncheckedSendable(emit)
      DispatchQueue.concurrentPerform(iterations: min(workers, max(1, inputs.count))) { _ in
        while let position = state.claim() {
          let result = inputs[position]().map { source, warnings -> (Corpus, [InputProblem]) in
            let (document, more) = reader.read(source, id: "d\(position + 1)")
            return (DocumentExtractor().extract(document), warnings + more)
          }
          state.finish(position, result, emit: sink.value)
        }
      }
    }
  }
}

/// The shared bookkeeping of a parallel run: which input is next, and the finished results
/// still waiting for an earlier one. One lock guards it all.
private final class OrderedResults: @unchecked Sendable {
  private let lock = NSCondition()
  private var next = 0
  private var emitted = 0
  private var waiting: [Int: Result<(Corpus, [InputProblem]), InputProblem>] = [:]
  private let count: Int
  private let window: Int

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next input to work on; blocks while too many finished results wait.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    while next < count, next - emitted >= window { lock.wait() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  func finish(
    _ position: Int, _ result: Result<(Corpus, [InputProblem]), InputProblem>,
    emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    waiting[position] = result
    while let ready = waiting.removeValue(forKey: emitted) {
      emit(emitted, ready)
      emitted += 1
    }
    lock.broadcast()
  }
}

/// Carries a non-Sendable value into concurrent code that only uses it under a lock.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
