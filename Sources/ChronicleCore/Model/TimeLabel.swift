/// Human labels for TIMEX3 values, for everywhere a person reads a date (the Timeline pane,
/// Markdown headings, the CSV's `event_label`, TimelineJS): `199` reads "1990s", `2016-W41`
/// "week of 10 Oct 2016", `PRESENT_REF` "around 9 May 2025". Machines keep the TIMEX value.
///
/// ```swift
/// TimeLabel.text(value: "2016-W42-WE", anchor: nil)  // "weekend 22–23 Oct 2016"
/// TimeLabel.text(value: "PRESENT_REF", anchor: published)  // "around 9 May 2025"
/// ```
public enum TimeLabel {
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  static let seasonNames = ["SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"]
  static let partsOfDay = [
    "MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
  ]

  /// The label of a value; `nil` when the value is not one Chronicle knows how to read
  /// (then show the phrase as written). `anchor` is the publication date that `*_REF`
  /// values hang on.
  public static func text(value: String, anchor: CalendarDate?) -> String? {
    if let numeric = NumericValue(value) { return label(numeric, value) }
    if let reference = referenceLabel(value, anchor: anchor) { return reference }
    let parts = fields(of: value)
    guard let head = parts.first, head.allSatisfy(\.isASCIIDigit) else { return nil }
    switch head.count {
    case 2 where parts.count == 1: return ordinal((Int(head) ?? 0) + 1) + " century"
    case 3 where parts.count == 1: return head + "0s"
    case 4: break
    default: return nil
    }
    guard let year = Int(head) else { return nil }
    guard parts.count > 1 else { return head }
    let second = parts[1]
    if second.hasPrefix("W"), let week = Int(second.dropFirst()),
      let monday = CalendarDate.monday(isoYear: year, week: week)
    {
      if parts.count > 2, parts[2] == "WE" {
        return "weekend " + range(monday.adding(days: 5), monday.adding(days: 6))
      }
      return "week of " + day(monday)
    }
    if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) {
      return "Q\(q) \(head)"
    }
    if second.hasPrefix("H"), let h = Int(second.dropFirst()), (1...2).contains(h) {
      return "H\(h) \(head)"
    }
    if let season = seasonNames[second] { return "\(season) \(head)" }
    guard let month = Int(second), (1...12).contains(month) else { return nil }
    guard parts.count > 2 else { return "\(monthNames[month - 1]) \(head)" }
    let dayPart = parts[2].prefix(2)
    guard let d = Int(dayPart), let date = CalendarDate(year: year, month: month, day: d) else {
      return "\(monthNames[month - 1]) \(head)"
    }
    if let t = parts[2].firstIndex(of: "T"), let part = partsOfDay[String(parts[2][parts[2].index(after: t)...])] {
      return "\(day(date)) \(part)"
    }
    return day(date)
  }

  /// "2016", "2016-10" or "2016-10-09": two values in three are digits only. Read from the
  /// bytes, without cutting the value into fields (every time label is made on the one
  /// thread that writes the export).
  private struct NumericValue {
    var year: Int
    var month: Int?
    var day: Int?

    init?(_ value: String) {
      var value = value
      guard
        let read = value.withUTF8({ bytes -> (Int, Int?, Int?)? in
          func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
              guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
              n = n * 10 + Int(bytes[i] - 0x30)
            }
            return n
          }
          let hyphen = UInt8(ascii: "-")
          switch bytes.count {
          case 4: return number(0..<4).map { ($0, nil, nil) }
          case 7 where bytes[4] == hyphen:
            guard let year = number(0..<4), let month = number(5..<7) else { return nil }
            return (year, month, nil)
          case 10 where bytes[4] == hyphen && bytes[7] == hyphen:
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
            else { return nil }
            return (year, month, day)
          default: return nil
          }
        })
      else { return nil }
      (year, month, day) = read
    }
  }

  /// The label `text` gives a numeric value: the year as written, the month of the year, or
  /// the day (the month when there is no such day); `nil` for a month out of range.
  private static func label(_ numeric: NumericValue, _ value: String) -> String? {
    guard let month = numeric.month else { return value }
    guard (1...12).contains(month) else { return nil }
    guard let d = numeric.day, let date = CalendarDate(year: numeric.year, month: month, day: d) else {
      return "\(monthNames[month - 1]) \(value.prefix(4))"
    }
    return day(date)
  }

  /// A value's fields between hyphens, empty ones kept; an ASCII value (every value
  /// Chronicle writes) is cut byte by byte, not through its `Character`s.
  private static func fields(of value: String) -> [String] {
    guard value.utf8.allSatisfy({ $0 < 0x80 }) else {
      return value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    }
    return value.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
      .map { String(Substring($0)) }
  }

  /// "9 May 2025".
  public static func day(_ date: CalendarDate) -> String {
    "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
  }

  /// "22–23 Oct 2016", "30 Apr–1 May 2016", "31 Dec 2016–1 Jan 2017".
  static func range(_ first: CalendarDate, _ last: CalendarDate) -> String {
    if first.year != last.year { return "\(day(first))–\(day(last))" }
    if first.month != last.month {
      return "\(first.day) \(monthNames[first.month - 1])–\(day(last))"
    }
    return "\(first.day)–\(day(last))"
  }

  /// `PRESENT_REF` is "around" the publication date, `PAST_REF` before it, `FUTURE_REF`
  /// after it; with no publication date, "now", "in the past", "in the future".
  static func referenceLabel(_ value: String, anchor: CalendarDate?) -> String? {
    switch value {
    case "PRESENT_REF": return anchor.map { "around " + day($0) } ?? "now"
    case "PAST_REF": return anchor.map { "before " + day($0) } ?? "in the past"
    case "FUTURE_REF": return anchor.map { "after " + day($0) } ?? "in the future"
    default: return nil
    }
  }

  /// "1st", "2nd", "3rd", "20th", "21st".
  static func ordinal(_ n: Int) -> String {
    let suffix: String
    switch (n % 10, n % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}

extension TimeExpression {
  /// What a person reads for this time: the value's human label ("week of 10 Oct 2016",
  /// "around 9 May 2025"), or the phrase as written when the value is missing or unknown.
  /// The Timeline pane, the Source header and every human-facing export use this.
  public var label: String {
    value.flatMap { TimeLabel.text(value: $0, anchor: anchor) } ?? text
  }
}
