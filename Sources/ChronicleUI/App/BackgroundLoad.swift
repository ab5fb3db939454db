import ChronicleCore
import Foundation

/// Reads the corpus on a background thread while the explorer is already on screen (lnav's
/// "draw first, load in the background"), counting inputs as they finish.
///
/// The loop polls it between keys; nothing here touches the UI.
public final class BackgroundLoad: @unchecked Sendable {
  /// The work: given a progress callback `(done, total)`, returns the corpus and problems.
  public typealias Work =
    @Sendable (_ progress: @escaping @Sendable (Int, Int) -> Void) -> (
      Corpus, [InputProblem]
    )

  public enum Status {
    case running(LoadProgress?)
    case finished(Corpus, [InputProblem])
  }

  private let lock = NSLock()
  private var progress: LoadProgress?
  private var result: (Corpus, [InputProblem])?

  /// Starts `work` on its own thread at once.
  public init(_ work: @escaping Work) {
    let thread = Thread { [self] in
      let outcome = work { done, total in self.update(LoadProgress(done: done, total: total)) }
      self.finish(outcome)
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  public var status: Status {
    lock.lock()
    defer { lock.unlock() }
    if let result { return .finished(result.0, result.1) }
    return .running(progress)
  }

  /// Blocks until the work is done (for tests and for quitting while loading).
  public func wait() -> (Corpus, [InputProblem]) {
    while true {
      if case .finished(let corpus, let problems) = status { return (corpus, problems) }
      usleep(5_000)
    }
  }

  private func update(_ value: LoadProgress) {
    lock.lock()
    progress = value
    lock.unlock()
  }

  private func finish(_ value: (Corpus, [InputProblem])) {
    lock.lock()
    result = value
    lock.unlock()
  }
}
