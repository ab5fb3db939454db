import Foundation
import XCTest

/// The shared set-up of the end-to-end tests: the built binary, a tmux session per test, and a
/// scratch directory removed afterwards.
class EndToEndCase: XCTestCase {
  var tmux: Tmux?
  /// A fresh directory for the test's files.
  private(set) var scratch = ""

  /// `.build/debug/chronicle`, found from this file's place in the package.
  static let binary = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/chronicle").path

  override func setUpWithError() throws {
    guard Tmux.isAvailable else { throw XCTSkip("tmux is not installed; end-to-end tests need it") }
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
      throw XCTSkip("\(Self.binary) is missing; run `swift build` first")
    }
    scratch = NSTemporaryDirectory() + "chronicle-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  }

  override func tearDown() {
    tmux?.kill()
    tmux = nil
    try? FileManager.default.removeItem(atPath: scratch)
  }

  /// Opens `chronicle ARGUMENTS` at `width`×`height` with `environment` (shell words such as
  /// `NO_COLOR=1`) and the config directory in the scratch directory unless the environment
  /// names one; the shell prints the exit status when it ends. Standard error goes to
  /// `scratch/stderr`.
  func open(
    _ arguments: String = "", environment: String = "", width: Int = 120, height: Int = 40
  ) throws -> Tmux {
    let session = Tmux(name: name.filter { $0.isLetter })
    tmux = session
    let config = environment.contains("XDG_CONFIG_HOME=") ? "" : "XDG_CONFIG_HOME=\(scratch)/none"
    let command =
      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \(config) \(environment) "
      + "\(Self.binary) \(arguments) 2>\(scratch)/stderr; echo EXIT=$?; sleep 60"
    try session.start(command, width: width, height: height)
    try session.waitFor(text: "▶ Timeline")
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
}
