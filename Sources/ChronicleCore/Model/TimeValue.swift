/// Reading TIMEX3 values back into days, for ordering and filtering.
public enum TimeValue {
  /// The first day a value covers: `2025-05-08`, `2025-W19`, `2025-05`, `2025-Q2`,
  /// `2025-SU`, `2025`, `199` (a decade), `19` (a century); a weekend (`2025-W19-WE`) its
  /// Saturday. `nil` for anything else.
  public static func firstDay(of value: String) -> CalendarDate? {
    // Read from the UTF-8 bytes with no string or array made: a merge asks this of every event.
    var value = value
    return value.withUTF8 { bytes in
      let firstDash = bytes.firstIndex(of: UInt8(ascii: "-")) ?? bytes.count
      guard let number = decimal(bytes[0..<firstDash]) else { return nil }
      let year: Int
      switch firstDash {
      case 4: year = number
      case 3: year = number * 10
      case 2: year = number * 100
      default: return nil
      }
      guard firstDash < bytes.count else { return CalendarDate(year: year, month: 1, day: 1) }
      let rest = bytes[(firstDash + 1)...]
      let secondDash = rest.firstIndex(of: UInt8(ascii: "-")) ?? bytes.count
      let second = bytes[(firstDash + 1)..<secondDash]
      if second.first == UInt8(ascii: "W"), let week = decimal(second.dropFirst()) {
        // A weekend (`2016-W42-WE`) begins on the Saturday, after the working days of its week.
        let weekend = bytes.count - secondDash == 3 && bytes[secondDash + 1] == UInt8(ascii: "W")
          && bytes[secondDash + 2] == UInt8(ascii: "E")
        return CalendarDate.monday(isoYear: year, week: week)?.adding(days: weekend ? 5 : 0)
      }
      if second.first == UInt8(ascii: "Q"), let quarter = decimal(second.dropFirst()),
        (1...4).contains(quarter)
      {
        return CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
      }
      if let month = seasonStartMonth(second) { return CalendarDate(year: year, month: month, day: 1) }
      guard let month = decimal(second) else { return nil }
      if secondDash < bytes.count, let day = decimal(bytes[(secondDash + 1)...].prefix(2)) {
        return CalendarDate(year: year, month: month, day: day)
      }
      return CalendarDate(year: year, month: month, day: 1)
    }
  }

  /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`: times that hang on the publication date.
  public static func isReference(_ value: String) -> Bool {
    value == "PRESENT_REF" || value == "PAST_REF" || value == "FUTURE_REF"
  }

  /// The number ASCII digits spell; `nil` when empty, too long or not all digits.
  private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  private static func seasonStartMonth(_ code: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    guard code.count == 2 else { return nil }
    switch (code.first!, code.last!) {
    case (UInt8(ascii: "S"), UInt8(ascii: "P")): return 3
    case (UInt8(ascii: "S"), UInt8(ascii: "U")): return 6
    case (UInt8(ascii: "F"), UInt8(ascii: "A")): return 9
    case (UInt8(ascii: "W"), UInt8(ascii: "I")): return 12
    default: return nil
    }
  }
}
