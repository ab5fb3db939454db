/// A time phrase found in the text ("on Thursday", "earlier this week", "April 22") with its
/// TIMEX3-style value resolved against the publication date.
public struct TimeExpression: Sendable, Equatable, Identifiable {
  public var id: String
  /// The phrase as written.
  public var text: String
  /// TIMEX3 value (`2025-05-08`, `2025-W19`, `2025-05`, `2025`, `199`, `PRESENT_REF`); `nil`
  /// when it cannot be resolved (no publication date).
  public var value: String?
  public var precision: TimePrecision
  public var type: TimeType
  public var span: TextSpan
  /// For `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`: the publication date they refer to, so
  /// "now" is labelled "around 9 May 2025" and sorted at that day. `nil` for other values.
  public var anchor: CalendarDate?

  public init(
    id: String, text: String, value: String?, precision: TimePrecision, type: TimeType = .date,
    span: TextSpan, anchor: CalendarDate? = nil
  ) {
    self.id = id
    self.text = text
    self.value = value
    self.precision = precision
    self.type = type
    self.span = span
    self.anchor = anchor
  }

  /// The first day the value covers, for ordering a timeline (`2025-W19` → its Monday); a
  /// reference value ("now") sorts at its anchor.
  public var sortDate: CalendarDate? { value.flatMap(TimeValue.firstDay(of:)) ?? anchor }

  /// The value is `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
  public var isReference: Bool { value.map(TimeValue.isReference) ?? false }
}

/// How fine a resolved time is.
public enum TimePrecision: String, Sendable, Equatable, CaseIterable {
  case day, week, month, quarter, season, year, decade, century, unknown
}

/// TIMEX3 types: Chronicle extracts dates and keeps the others when it recognises them.
public enum TimeType: String, Sendable, Equatable {
  case date = "DATE"
  case time = "TIME"
  case duration = "DURATION"
  case set = "SET"
}
