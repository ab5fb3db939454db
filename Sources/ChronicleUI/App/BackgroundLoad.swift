import ChronicleCore
import Foundation

/// Reads the corpus on a background thread while the explorer is already on screen (lnav's
/// "draw first, load in the background"), counting inputs as they finish. Work that reads a
/// big corpus in stretches may hand over a preview (the articles read so far), so the first
/// screen shows articles while the rest is still being read and joined.
///
/// The loop polls it between keys; nothing here touches the UI.
public final class BackgroundLoad: @unchecked Sendable {
  /// The work: given a progress callback `(done, total)`, returns the corpus and problems.
  public typealias Work =
    @Sendable (_ progress: @escaping @Sendable (Int, Int) -> Void) -> (
      Corpus, [InputProblem]
    )

  /// Work that may also hand over previews: `preview` takes the corpus of the inputs read
  /// so far (the explorer shows the latest while it waits for the whole).
  public typealias PreviewingWork =
    @Sendable (
      _ progress: @escaping @Sendable (Int, Int) -> Void,
      _ preview: @escaping @Sendable (Corpus) -> Void
    ) -> (Corpus, [InputProblem])

  public enum Status {
    case running(LoadProgress?)
    case finished(Corpus, [InputProblem])
  }

  private let lock = NSLock()
  private var progress: LoadProgress?
  private var result: (Corpus, [InputProblem])?
  private var preview: Corpus?

  /// Starts `work` on its own thread at once.
  public convenience init(_ work: @escaping Work) {
    self.init(previewing: { progress, _ in work(progress) })
  }

  /// Starts `work`, which may hand over previews, on its own thread at once.
  public init(previewing work: @escaping PreviewingWork) {
    let thread = Thread { [self] in
      let outcome = work(
        { done, total in self.update(LoadProgress(done: done, total: total)) },
        { corpus in self.offer(corpus) })
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

  /// The newest preview not taken yet, if any; nil once the work is done (the whole corpus
  /// is then in `status`).
  public func takePreview() -> Corpus? {
    lock.lock()
    defer { lock.unlock() }
    guard result == nil else { return nil }
    defer { preview = nil }
    return preview
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

  private func offer(_ corpus: Corpus) {
    lock.lock()
    preview = corpus
    lock.unlock()
  }

  private func finish(_ value: (Corpus, [InputProblem])) {
    lock.lock()
    result = value
    preview = nil
    lock.unlock()
  }
}
