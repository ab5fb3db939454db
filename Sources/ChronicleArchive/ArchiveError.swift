/// Why an archive cannot be used: one message naming the file, for standard error. Chronicle
/// never repairs, overwrites or deletes the file; the reader decides what to do with it.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String

  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }

  public var description: String {
    "archive \(path): \(problem); the file was left as it is "
      + "(move it away, or name another with --archive FILE, or use --no-archive)"
  }
}
