import ChronicleCore

/// Why an archive cannot be used: one message naming the file, for standard error. Chronicle
/// never repairs, overwrites or deletes the file; the reader decides what to do with it.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String

  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }

  public var description: String { "archive \(path): \(consequence)" }

  /// The problem, what Chronicle did about it and what the reader can do.
  public var consequence: String {
    "\(problem); the file was left as it is "
      + "(move it away, or name another with --archive FILE, or use --no-archive)"
  }

  /// The same message as a problem with the inputs (`archive PATH: …`), adding what was done
  /// instead, for a load that went on without the archive.
  public func inputProblem(instead: String) -> InputProblem {
    InputProblem(path: "archive \(path)", message: "\(consequence); \(instead)", severity: .skipped)
  }
}
