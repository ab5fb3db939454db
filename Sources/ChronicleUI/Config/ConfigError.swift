/// A problem in a keymap or theme file, with the line it is on so the user can fix it.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: String
  /// Whether only the line was skipped (a keymap line) rather than the file's settings.
  public var skipsLine = false

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// What happens instead: "line skipped" or "defaults used".
  public var fallback: String { skipsLine ? "line skipped" : "defaults used" }

  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}
