import Dispatch
import Foundation

/// Runs numbered jobs on all cores and hands each result on in job order, as soon as it and
/// every earlier one is done; at most `window` finished results wait for an earlier, slower
/// job, so memory stays bounded however many jobs there are.
public enum OrderedParallel {
  public static func run<Value: Sendable>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int,
    job: @Sendable (Int) -> Value, emit: (Int, Value) -> Void
  ) {
    guard count > 0 else { return }
    let state = OrderedResults<Value>(count: count, window: max(1, window))
    withoutActuallyEscaping(emit) { emit in
      let sink = UncheckedSendable(emit)
      DispatchQueue.concurrentPerform(iterations: min(max(1, workers), max(1, count))) { _ in
        while let position = state.claim() {
          state.finish(position, job(position), emit: sink.value)
        }
      }
    }
  }
}

/// The shared bookkeeping of a parallel run: which job is next, the finished results still
/// waiting for an earlier one, and whether some thread is emitting. One lock guards it all.
private final class OrderedResults<Value>: @unchecked Sendable {
  private let lock = NSCondition()
  private var next = 0
  private var emitted = 0
  private var waiting: [Int: Value] = [:]
  /// A thread is emitting results (outside the lock).
  private var emitting = false
  private let count: Int
  private let window: Int

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next job to work on; blocks while too many finished results wait.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    while next < count, next - emitted >= window { lock.wait() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  /// Records a result and emits every result that is now next in order. One thread at a time
  /// emits, and it does so outside the lock: `emit` (a merge, a write) can be slow, and the
  /// other workers keep claiming and finishing jobs meanwhile instead of waiting on it.
  func finish(_ position: Int, _ result: Value, emit: (Int, Value) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    waiting[position] = result
    guard !emitting else { return }  // the emitting thread will pick this one up
    emitting = true
    while let ready = waiting.removeValue(forKey: emitted) {
      let ordinal = emitted
      lock.unlock()
      emit(ordinal, ready)
      lock.lock()
      emitted += 1
      lock.broadcast()
    }
    emitting = false
  }
}

/// Carries a non-Sendable value into concurrent code that uses it from one thread at a time.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
