/// What the app needs from the real terminal beyond drawing frames: raw control sequences
/// (the OSC 52 clipboard) and handing the terminal to another program (the editor).
///
/// `ChronicleTerminal` implements it on ncurses; tests record the calls.
public protocol TerminalHost: AnyObject {
  /// Writes `sequence` to the terminal as is, after the current frame.
  func writeControlSequence(_ sequence: String)
  /// Leaves curses mode, runs `arguments` (argv, searched in `PATH`) on the terminal, waits for
  /// it and restores the screen. Returns its exit status, or nil when it could not start.
  func runSuspended(_ arguments: [String]) -> Int32?
}
