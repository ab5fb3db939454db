import CNcurses
import ChronicleUI
import Glibc

/// The terminal as a `TerminalHost`: raw control sequences and running the editor.
extension TerminalScreen: TerminalHost {
  /// Writes after ncurses has flushed the frame, straight to the terminal's descriptor, so
  /// the sequence never lands in the middle of a drawing update.
  public func writeControlSequence(_ sequence: String) {
    refresh()
    var text = sequence
    text.withUTF8 { buffer in
      guard var base = buffer.baseAddress else { return }
      var left = buffer.count
      while left > 0 {
        let n = write(1, base, left)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        base += n
        left -= n
      }
    }
  }

  /// Leaves curses mode (`def_prog_mode`, `endwin`), runs the program with the terminal as its
  /// standard input and output, waits, then resumes (`reset_prog_mode`, a full repaint).
  ///
  /// Like `system(3)`, Chronicle ignores Ctrl-C and Ctrl-\ while it waits, and the child gets
  /// the default handlers, so interrupting the editor never kills the explorer.
  public func runSuspended(_ arguments: [String]) -> Int32? {
    def_prog_mode()
    endwin()
    defer {
      reset_prog_mode()
      clearok(chronicle_stdscr(), true)
      refresh()
    }
    let oldInterrupt = signal(SIGINT, SIG_IGN)
    let oldQuit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, oldInterrupt)
      signal(SIGQUIT, oldQuit)
    }
    return Spawn.run(arguments)
  }
}

/// `posix_spawnp` and `waitpid`, with the terminal as standard input even when Chronicle's own
/// standard input is an article on a pipe.
enum Spawn {
  static func run(_ arguments: [String]) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if isatty(0) == 0 { posix_spawn_file_actions_addopen(&actions, 0, "/dev/tty", O_RDONLY, 0) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let argv = arguments.map { strdup($0) }
    defer { for pointer in argv { free(pointer) } }
    guard let program = argv.first ?? nil else { return nil }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, program, &actions, &attributes, argv + [nil], environ) == 0 else {
      return nil
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return nil }
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
