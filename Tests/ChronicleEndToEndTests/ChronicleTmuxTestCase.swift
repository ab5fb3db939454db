import ChronicleTestSupport
import Foundation
import XCTest

/// A test that runs the real `chronicle` binary in a private tmux session and reads the
/// screen. Skipped when tmux or the binary is missing; the session is killed after each test.
class ChronicleTmuxTestCase: XCTestCase {
  private(set) var tmux: Tmux?

  /// The environment every run gets: a UTF-8 locale and a colour terminal.
  static let terminalEnvironment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

  override func setUpWithError() throws {
    guard Tmux.isAvailable else { throw XCTSkip("tmux is not installed; end-to-end tests need it") }
    try ChronicleBinary.require()
  }

  override func tearDown() {
    tmux?.kill()
    tmux = nil
  }

  /// Starts `shellLine` in a new `width`×`height` session.
  func start(_ shellLine: String, width: Int = 120, height: Int = 40) throws -> Tmux {
    let session = Tmux(name: name.filter { $0.isLetter })
    tmux = session
    try session.start(shellLine, width: width, height: height)
    return session
  }

  /// Opens `chronicle ARGUMENTS` (the sample with none), after `launcher` (e.g. `setpriv …`)
  /// when given; the shell prints the exit status when it ends.
  func open(
    _ arguments: [String] = [], environment: String = "", launcher: String = "",
    width: Int = 120, height: Int = 40
  ) throws -> Tmux {
    let command = ([ChronicleBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let session = try start(
      "\(launcher) env \(Self.terminalEnvironment) \(environment) \(command); echo EXIT=$?; sleep 60",
      width: width, height: height)
    try session.waitFor(text: "▶ Timeline")
    return session
  }

  /// The process id of `chronicle`, the child of the session's shell.
  func chroniclePID(in session: Tmux) throws -> pid_t {
    let shell = try session.display("#{pane_pid}")
    let children = try String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return try XCTUnwrap(children.split(separator: " ").first.flatMap { pid_t($0) })
  }
}
