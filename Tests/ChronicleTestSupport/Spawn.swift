import Foundation

/// Runs a program and waits for it, with posix_spawn and waitpid. (Foundation's `Process`
/// waits on pipes that a forked server such as tmux inherits, so it would never see the
/// client exit.) Standard output and error go through temporary files, so a large output
/// never blocks the child.
public enum Spawn {
  public struct Outcome {
    /// The exit status, or 128 + the signal that ended the program.
    public var status: Int32
    public var stdout: Data
    public var stderr: String
  }

  /// Runs `arguments` (the program first, an absolute path) with `stdin` as standard input,
  /// in this process's environment with `environment` laid over it. `XDG_DATA_HOME` is a
  /// fresh folder of its own unless given, so a run never writes into the real home's
  /// archive nor shares one with another test.
  public static func run(
    _ arguments: [String], stdin: String = "/dev/null", environment: [String: String] = [:]
  ) throws -> Outcome {
    let base = NSTemporaryDirectory() + "chronicle-spawn-\(getpid())-\(UUID().uuidString)"
    let outPath = base + ".out"
    let errPath = base + ".err"
    let dataHome = base + ".data"
    defer {
      unlink(outPath)
      unlink(errPath)
      try? FileManager.default.removeItem(atPath: dataHome)
    }
    var settings = ProcessInfo.processInfo.environment
    settings["XDG_DATA_HOME"] = dataHome
    settings.merge(environment) { _, given in given }
    let envp = settings.map { strdup("\($0)=\($1)") }
    defer { envp.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = arguments.map { strdup($0) }
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard let path = argv.first ?? nil else { throw POSIXError(.EINVAL) }
    let spawned = posix_spawn(&pid, path, &actions, nil, argv + [nil], envp + [nil])
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return Outcome(
      status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
      stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }
}
