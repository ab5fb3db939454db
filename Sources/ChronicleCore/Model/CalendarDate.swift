/// A proleptic Gregorian day without time zone: the publication date and the anchor of every
/// relative time. Day arithmetic goes through a day number, so no Foundation calendar is needed.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Builds a date when the parts form a real day (no 2025-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    month = m
    day = d
  }

  /// 1 = Monday … 7 = Sunday (ISO 8601).
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
    return (w < 0 ? w + 7 : w) + 1
  }

  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// The same day `count` months later, clamped to the month's length.
  public func adding(months count: Int) -> CalendarDate {
    let total = year * 12 + (month - 1) + count
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    let d = min(day, CalendarDate.daysIn(month: m, year: y))
    return CalendarDate(year: y, month: m, day: d) ?? self
  }

  /// The ISO week-numbering year and week (`2025-W19`).
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1) ?? thursday
    return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
  }

  /// Monday of an ISO week.
  public static func monday(isoYear: Int, week: Int) -> CalendarDate? {
    guard let jan4 = CalendarDate(year: isoYear, month: 1, day: 4), (1...53).contains(week) else {
      return nil
    }
    return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var description: String {
    "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
