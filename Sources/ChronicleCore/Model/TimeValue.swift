/// Reading TIMEX3 values back into days, for ordering and filtering.
public enum TimeValue {
  /// The first day a value covers: `2025-05-08`, `2025-W19`, `2025-05`, `2025-Q2`,
  /// `2025-SU`, `2025`, `199` (a decade), `19` (a century). `nil` for anything else.
  public static func firstDay(of value: String) -> CalendarDate? {
    // Substrings and byte tests, no String per part: a merge asks this of every event.
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let head = parts.first, !head.isEmpty,
      head.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      let number = Int(head)
    else { return nil }
    let year: Int
    switch head.utf8.count {
    case 4: year = number
    case 3: year = number * 10
    case 2: year = number * 100
    default: return nil
    }
    guard parts.count > 1 else { return CalendarDate(year: year, month: 1, day: 1) }
    let second = parts[1]
    if second.first == "W", let week = Int(second.dropFirst()) {
      return CalendarDate.monday(isoYear: year, week: week)
    }
    if second.first == "Q", let quarter = Int(second.dropFirst()), (1...4).contains(quarter) {
      return CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
    }
    if let month = seasonStartMonth(second) { return CalendarDate(year: year, month: month, day: 1) }
    guard let month = Int(second) else { return nil }
    if parts.count > 2, let day = Int(parts[2].prefix(2)) {
      return CalendarDate(year: year, month: month, day: day)
    }
    return CalendarDate(year: year, month: month, day: 1)
  }

  private static func seasonStartMonth(_ code: Substring) -> Int? {
    switch code {
    case "SP": 3
    case "SU": 6
    case "FA": 9
    case "WI": 12
    default: nil
    }
  }
}
