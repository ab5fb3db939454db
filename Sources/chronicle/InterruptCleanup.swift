#if canImport(Glibc)
  import Glibc
#endif

/// Removes a half-written output file when a signal ends the run (Ctrl-C, SIGTERM, SIGHUP):
/// the handler unlinks the one path kept here, then lets the signal end the process as it
/// would have (`unlink`, `signal` and `raise` are safe in a handler).
enum InterruptCleanup {
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

  /// From now on, a fatal signal removes `file` first.
  static func remove(onSignal file: String) {
    path = strdup(file)
    for signo in [SIGINT, SIGTERM, SIGHUP] {
      signal(signo) { received in
        if let path = InterruptCleanup.path { unlink(path) }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// The file is in place (or already gone): a signal no longer touches it.
  static func disarm() {
    let kept = path
    path = nil
    free(kept)
  }
}
