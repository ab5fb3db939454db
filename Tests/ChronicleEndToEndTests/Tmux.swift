import ChronicleTestSupport
import Foundation
import XCTest

/// A private tmux server running one command in a detached session, read back with
/// `capture-pane` the way a person would read the screen.
final class Tmux {
  let socket: String
  private static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  static var isAvailable: Bool { executable != nil }

  /// This session's own `XDG_DATA_HOME`, so its archive is never the real home's nor another
  /// test's; removed by `kill()`.
  let dataHome: String

  init(name: String) {
    socket = "chronicle-e2e-\(getpid())-\(name.suffix(40))"
    dataHome = NSTemporaryDirectory() + socket + "-data"
  }

  /// Starts `command` (a shell line) in a `width`×`height` session.
  func start(_ command: String, width: Int = 120, height: Int = 40) throws {
    try run([
      "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
      "-e", "XDG_DATA_HOME=\(dataHome)", command,
    ])
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

  /// Polls until `predicate` holds on a screen that has not changed for `quiet` seconds: the
  /// keys sent before have all landed, however slowly a loaded machine runs the program.
  @discardableResult
  func waitForStill(
    _ what: String, quiet: Double = 0.5, timeout: Double = 8, file: StaticString = #filePath,
    line: UInt = #line, _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    var since = Date()
    while Date() < deadline {
      let now = (try? capture()) ?? ""
      if now != screen {
        screen = now
        since = Date()
      } else if Date().timeIntervalSince(since) >= quiet, predicate(screen) {
        return screen
      }
      usleep(40_000)
    }
    XCTFail(
      "timed out waiting for \(what) to hold still; screen:\n\(screen)", file: file, line: line)
    return screen
  }

  /// Lets programs set tmux's paste buffer with OSC 52 (`set-clipboard on`).
  func acceptClipboard() throws { try run(["set-option", "-s", "set-clipboard", "on"]) }

  /// The newest paste buffer (what OSC 52 copied).
  func pasteBuffer() throws -> String { try run(["show-buffer"]) }

  func kill() {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: dataHome)
  }

  /// Runs tmux and returns its standard output.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outcome = try Spawn.run(
      [Tmux.executable ?? "tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    return String(decoding: outcome.stdout, as: UTF8.self)
  }
}
