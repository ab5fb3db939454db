import CNcurses
import ChronicleUI
import Glibc

/// Runs the explorer on the real terminal: opens the screen, installs the signal handlers that
/// restore it, and loops event → app → frame until the app quits.
public enum TerminalSession {
  public enum Failure: Error, CustomStringConvertible {
    case noTerminal

    public var description: String { "cannot open the terminal (is TERM set?)" }
  }

  /// How often the loop wakes up to show loading progress while no key comes.
  private static let pollMilliseconds: Int32 = 10
  /// How often the loop looks for followed articles, or edits another process saved, while no
  /// key comes: often enough that a change shows within a blink, rare enough that an idle
  /// explorer costs nothing.
  private static let followMilliseconds: Int32 = 100

  /// Runs until quit. `makeApp` receives the terminal size and the terminal itself (for the
  /// clipboard and the editor); `start` is when the process began, for the first-frame timing.
  public static func run(
    allowColor: Bool, mouse: Bool, trace: TimingTrace, start: Double,
    makeApp: (Size, TerminalHost) -> App
  ) throws(Failure) {
    guard let screen = TerminalScreen(allowColor: allowColor) else { throw .noTerminal }
    defer { screen.close() }
    installSignalHandlers()
    if mouse {
      mousemask(chronicle_mouse_events(), nil)
      mouseinterval(0)
    }
    let app = makeApp(screen.size, screen)
    app.draw(on: screen)
    trace.record("first-frame", since: start)
    // Articles first on screen (a preview, or the whole corpus), then the whole corpus in.
    var shown = !app.corpus.documents.isEmpty
    while !app.isFinished {
      timeout(app.isLoading ? pollMilliseconds : app.wantsPolling ? followMilliseconds : -1)
      let event = KeyReader.next()
      let pressed = TimingTrace.now()
      if app.pollLoad() {
        app.draw(on: screen)
        if !shown && !app.corpus.documents.isEmpty {
          shown = true
          trace.record("corpus-shown", since: start)
        }
        if !app.isLoading { trace.record("corpus-loaded", since: start) }
      }
      if app.pollFollow() {
        app.draw(on: screen)
        trace.record("follow-update", since: pressed)
      }
      if event == nil, app.pollEdits() {
        app.draw(on: screen)
        trace.record("edits-update", since: pressed)
      }
      guard let event else { continue }
      let label: String
      switch event {
      case .resize:
        screen.refreshSize()
        label = "resize"
      case .key(let key):
        app.press(key)
        label = "key \(key.name)"
      case .mouse(let mouseEvent):
        if let command = mouseEvent.command(in: app.state) { app.send(command) }
        label = "mouse"
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
