extension CalendarDate {
  /// 1…4.
  public var quarter: Int { (month - 1) / 3 + 1 }

  /// The latest day on or before this one that falls on `weekday` (1 = Monday … 7 = Sunday).
  public func latest(weekday target: Int) -> CalendarDate {
    adding(days: -((weekday - target + 7) % 7))
  }

  /// The earliest day on or after this one that falls on `weekday`.
  public func earliest(weekday target: Int) -> CalendarDate {
    adding(days: (target - weekday + 7) % 7)
  }

  /// Months since year 0, for comparing and stepping months: `year * 12 + month - 1`.
  public var monthIndex: Int { year * 12 + month - 1 }
}
