import Foundation
import XCTest

/// The built `chronicle` executable, so tests run what a person runs: the one beside the
/// test bundle (so `swift test --sanitize=… --scratch-path …` runs the sanitized build), else
/// `.build/debug/chronicle` found from this file's place in the package.
public enum ChronicleBinary {
  public static let path: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("chronicle").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/chronicle").path
  }()

  /// Skips the calling test when the binary has not been built.
  public static func require() throws {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("\(path) is missing; run `swift build` first")
    }
  }

  /// Runs `chronicle ARGUMENTS`, with `environment` over this process's (see `Spawn.run`).
  public static func run(
    _ arguments: [String], stdin: String = "/dev/null", environment: [String: String] = [:]
  ) throws -> Spawn.Outcome {
    try Spawn.run([path] + arguments, stdin: stdin, environment: environment)
  }

  /// Runs `chronicle ARGUMENTS` as the unprivileged user `nobody` when the tests run as root,
  /// so that file permissions apply (root reads a mode-000 file). `nil` when that is not
  /// possible: root without `setpriv`.
  public static func runUnprivileged(_ arguments: [String]) throws -> Spawn.Outcome? {
    guard geteuid() == 0 else { return try run(arguments) }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
    return try Spawn.run(
      [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", path] + arguments)
  }
}
