import ChronicleTestSupport
import Foundation
import XCTest

/// The shared set-up of the end-to-end tests: the built binary run in a private tmux session,
/// a scratch directory (removed afterwards) that also isolates the user's configuration, and
/// the session killed after each test. Skipped when tmux or the binary is missing.
class EndToEndCase: XCTestCase {
  private(set) var tmux: Tmux?
  /// A fresh directory for the test's files.
  private(set) var scratch = ""

  /// The environment every run gets: a UTF-8 locale and a colour terminal.
  static let terminalEnvironment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

  override func setUpWithError() throws {
    guard Tmux.isAvailable else { throw XCTSkip("tmux is not installed; end-to-end tests need it") }
    try ChronicleBinary.require()
    scratch = NSTemporaryDirectory() + "chronicle-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  }

  override func tearDown() {
    tmux?.kill()
    tmux = nil
    try? FileManager.default.removeItem(atPath: scratch)
  }

  /// Starts `shellLine` in a new `width`×`height` session.
  func start(_ shellLine: String, width: Int = 120, height: Int = 40) throws -> Tmux {
    let session = Tmux(name: name.filter { $0.isLetter })
    tmux = session
    try session.start(shellLine, width: width, height: height)
    return session
  }

  /// Opens `chronicle ARGUMENTS` (the sample with none), after `launcher` (e.g. `setpriv …`)
  /// when given, with `environment` (shell words such as `NO_COLOR=1`) and the configuration
  /// directory inside the scratch directory unless the environment names one. The shell
  /// prints the exit status when it ends; standard error goes to `scratch/stderr`. Returns once
  /// the corpus has loaded, so keys sent next act on it.
  func open(
    _ arguments: [String] = [], environment: String = "", launcher: String = "",
    width: Int = 120, height: Int = 40
  ) throws -> Tmux {
    let config = environment.contains("XDG_CONFIG_HOME=") ? "" : "XDG_CONFIG_HOME=\(scratch)/none"
    let command = ([ChronicleBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let session = try start(
      "\(launcher) env \(Self.terminalEnvironment) \(config) \(environment) \(command) "
        + "2>\(scratch)/stderr; echo EXIT=$?; sleep 60",
      width: width, height: height)
    // The screen comes up while the articles load in the background: wait for the corpus.
    try session.waitFor("the explorer with its corpus loaded") { screen in
      screen.contains("▶ Timeline") && (screen.contains(" events · ") || screen.contains(" ev · "))
    }
    return session
  }

  /// Writes `text` to `name` in the scratch directory and returns the path.
  @discardableResult
  func scratchFile(_ name: String, _ text: String) throws -> String {
    let path = scratch + "/" + name
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The process id of `chronicle`, the child of the session's shell.
  func chroniclePID(in session: Tmux) throws -> pid_t {
    let shell = try session.display("#{pane_pid}")
    let children = try String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return try XCTUnwrap(children.split(separator: " ").first.flatMap { pid_t($0) })
  }
}
