/// A time phrase found in one paragraph, before it gets a corpus id.
public struct TimeMatch: Sendable, Equatable {
  /// Unicode-scalar offsets into the paragraph text, end exclusive.
  public var start: Int
  public var end: Int
  public var text: String
  public var value: String?
  public var precision: TimePrecision
  public var type: TimeType

  public init(
    start: Int, end: Int, text: String, value: String?, precision: TimePrecision, type: TimeType
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.value = value
    self.precision = precision
    self.type = type
  }
}

/// Finds time expressions in a paragraph and resolves them against the publication date.
public struct TimeExtractor: Sendable {
  public init() {}

  public func extract(_ paragraph: [Unicode.Scalar], published: CalendarDate?) -> [TimeMatch] {
    []
  }
}
