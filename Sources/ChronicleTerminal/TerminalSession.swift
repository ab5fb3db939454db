import CNcurses
import ChronicleUI
import Glibc

/// Runs the explorer on the real terminal: opens the screen, installs the signal handlers that
/// restore it, and loops key → app → frame until the app quits.
public enum TerminalSession {
  public enum Failure: Error, CustomStringConvertible {
    case noTerminal

    public var description: String { "cannot open the terminal (is TERM set?)" }
  }

  /// Runs until quit. `makeApp` receives the terminal size; `start` is when the process began,
  /// for the first-frame timing.
  public static func run(
    allowColor: Bool, trace: TimingTrace, start: Double, makeApp: (Size) -> App
  ) throws(Failure) {
    guard let screen = TerminalScreen(allowColor: allowColor) else { throw .noTerminal }
    defer { screen.close() }
    installSignalHandlers()
    let app = makeApp(screen.size)
    app.draw(on: screen)
    trace.record("first-frame", since: start)
    while !app.isFinished {
      guard let event = KeyReader.next() else { continue }
      let pressed = TimingTrace.now()
      let label: String
      switch event {
      case .resize:
        screen.refreshSize()
        label = "resize"
      case .key(let key):
        app.press(key)
        label = "key \(key.name)"
      }
      if app.isFinished { break }
      app.draw(on: screen)
      trace.record(label, since: pressed)
    }
  }

  /// SIGTERM, SIGHUP and SIGINT (Ctrl-C) restore the terminal and exit with 128 + signal.
  /// SIGTSTP (Ctrl-Z) and SIGWINCH keep ncurses' own handlers: suspend/redraw and resize.
  private static func installSignalHandlers() {
    for signo in [SIGTERM, SIGHUP, SIGINT] {
      signal(signo) { received in
        endwin()
        _exit(128 + received)
      }
    }
  }
}
