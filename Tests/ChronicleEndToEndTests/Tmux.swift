import Foundation
import XCTest

/// A private tmux server running one command in a detached session, read back with
/// `capture-pane` the way a person would read the screen.
final class Tmux {
  let socket: String
  private static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  static var isAvailable: Bool { executable != nil }

  init(name: String) {
    socket = "chronicle-e2e-\(getpid())-\(name.suffix(40))"
  }

  /// Starts `command` (a shell line) in a `width`×`height` session.
  func start(_ command: String, width: Int = 120, height: Int = 40) throws {
    try run(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
  }

  func send(_ keys: String...) throws { try run(["send-keys", "-t", "main"] + keys) }

  /// Types text literally (no key-name lookup).
  func type(_ text: String) throws { try run(["send-keys", "-t", "main", "-l", text]) }

  func resize(_ width: Int, _ height: Int) throws {
    try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen; with `escapes`, including SGR colour and attribute codes.
  func capture(escapes: Bool = false) throws -> String {
    try run(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
  }

  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `predicate` holds, failing with the last screen after `timeout`.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 8, escapes: Bool = false, file: StaticString = #filePath,
    line: UInt = #line, _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = (try? capture(escapes: escapes)) ?? ""
      if predicate(screen) { return screen }
      usleep(40_000)
    }
    XCTFail("timed out waiting for \(what); screen:\n\(screen)", file: file, line: line)
    return screen
  }

  @discardableResult
  func waitFor(
    text: String, timeout: Double = 8, file: StaticString = #filePath, line: UInt = #line
  ) throws -> String {
    try waitFor("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
  }

  /// Lets programs set tmux's paste buffer with OSC 52 (`set-clipboard on`).
  func acceptClipboard() throws { try run(["set-option", "-s", "set-clipboard", "on"]) }

  /// The newest paste buffer (what OSC 52 copied).
  func pasteBuffer() throws -> String { try run(["show-buffer"]) }

  func kill() { _ = try? run(["kill-server"]) }

  /// Runs tmux with posix_spawn and waitpid. (Foundation's `Process` waits on a pipe that the
  /// tmux server forked by `new-session` inherits, so it would never see the client exit.)
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([Tmux.executable ?? "tmux", "-L", socket, "-f", "/dev/null"] + arguments).map {
      strdup($0)
    }
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard let path = argv[0] else { throw POSIXError(.ENOMEM) }
    let spawned = posix_spawn(&pid, path, &actions, nil, argv + [nil], environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }
}
