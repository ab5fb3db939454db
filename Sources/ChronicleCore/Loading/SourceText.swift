/// An article's raw text with the path it was read from, before it becomes a `Document`.
public struct SourceText: Sendable, Equatable {
  public var path: String
  public var text: String
  /// A publication date given beside the text (JSON-lines input), used when the text has none.
  public var published: CalendarDate?

  public init(path: String, text: String, published: CalendarDate? = nil) {
    self.path = path
    self.text = text
    self.published = published
  }
}

/// A problem with one input: reported on stderr by path, while the other inputs go on.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: Sendable, Equatable {
    /// The input was read, with a caveat (invalid UTF-8 replaced, a date ignored).
    case warning
    /// The input was skipped.
    case skipped
  }

  public var path: String
  public var message: String
  public var severity: Severity

  public init(path: String, message: String, severity: Severity) {
    self.path = path
    self.message = message
    self.severity = severity
  }

  public var description: String { "\(path): \(message)" }
}
