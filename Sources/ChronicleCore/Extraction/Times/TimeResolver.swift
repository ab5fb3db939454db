/// A resolved value with its precision.
struct TimeResolution: Sendable, Equatable {
  var value: String?
  var precision: TimePrecision
  var type: TimeType = .date

  static func unresolved(_ precision: TimePrecision) -> TimeResolution {
    TimeResolution(value: nil, precision: precision)
  }
}

/// Turns recognised parts plus the publication date into TIMEX3 values. Every relative
/// resolution returns a nil value when there is no anchor.
struct TimeResolver: Sendable {
  let anchor: CalendarDate?

  // MARK: formatting

  static func year(_ y: Int) -> String { CalendarDate.pad(y, 4) }

  static func day(_ d: CalendarDate) -> TimeResolution {
    TimeResolution(value: d.description, precision: .day)
  }

  static func month(year: Int, month: Int) -> TimeResolution {
    TimeResolution(value: "\(Self.year(year))-\(CalendarDate.pad(month, 2))", precision: .month)
  }

  static func monthIndex(_ index: Int) -> TimeResolution {
    let y = index >= 0 ? index / 12 : (index - 11) / 12
    return month(year: y, month: index - y * 12 + 1)
  }

  static func yearValue(_ y: Int) -> TimeResolution {
    TimeResolution(value: year(y), precision: .year)
  }

  static func week(of d: CalendarDate) -> TimeResolution {
    let w = d.isoWeek
    return TimeResolution(
      value: "\(year(w.year))-W\(CalendarDate.pad(w.week, 2))", precision: .week)
  }

  static func weekend(of d: CalendarDate) -> TimeResolution {
    let w = d.isoWeek
    return TimeResolution(
      value: "\(year(w.year))-W\(CalendarDate.pad(w.week, 2))-WE", precision: .week)
  }

  static func quarter(year y: Int, quarter q: Int) -> TimeResolution {
    TimeResolution(value: "\(year(y))-Q\(q)", precision: .quarter)
  }

  static func quarterIndex(_ index: Int) -> TimeResolution {
    let y = index >= 0 ? index / 4 : (index - 3) / 4
    return quarter(year: y, quarter: index - y * 4 + 1)
  }

  static func half(year y: Int, half h: Int) -> TimeResolution {
    TimeResolution(value: "\(year(y))-H\(h)", precision: .quarter)
  }

  static func season(year y: Int, code: Season) -> TimeResolution {
    TimeResolution(value: "\(year(y))-\(code.rawValue)", precision: .season)
  }

  static func decade(_ firstYear: Int) -> TimeResolution {
    TimeResolution(value: String(firstYear / 10), precision: .decade)
  }

  static func century(_ number: Int) -> TimeResolution {
    // "the 20th century" → 19
    TimeResolution(value: CalendarDate.pad(number - 1, 2), precision: .century)
  }

  static func reference(_ name: String) -> TimeResolution {
    TimeResolution(value: name, precision: .unknown)
  }

  // MARK: anchored

  func shiftDays(_ days: Int) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.day) }
    return Self.day(a.adding(days: days))
  }

  /// A bare weekday: the latest such day on or before the anchor, or with a future cue the
  /// earliest one after it (the same day counts as today in both cases).
  func weekday(_ wd: Int, future: Bool) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.day) }
    if a.weekday == wd { return Self.day(a) }
    return Self.day(future ? a.earliest(weekday: wd) : a.latest(weekday: wd))
  }

  /// "last Friday" / "next Friday" / "this Friday".
  func weekday(_ wd: Int, relative: Int) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.day) }
    switch relative {
    case ..<0: return Self.day(a.adding(days: -1).latest(weekday: wd))
    case 1...: return Self.day(a.adding(days: 1).earliest(weekday: wd))
    default:
      // "this Friday": the one in the anchor's ISO week.
      return Self.day(a.adding(days: wd - a.weekday))
    }
  }

  /// A month and day without a year: the nearest such day (see `nearestYear`), unless that
  /// lies more than `tenseSlack` days against the clause's tense ("in a past clause, "Aug. 6"
  /// read in February is last August, not next) — a date a few weeks off either way is most
  /// often just that ("came before the caucuses on Feb. 1").
  func monthDay(month m: Int, day d: Int, tense: ClauseTense = .unknown) -> TimeResolution {
    guard let a = anchor,
      let nearest = CalendarDate(year: nearestYear(month: m), month: m, day: d)
        ?? CalendarDate(year: a.year, month: m, day: d)
    else { return .unresolved(.day) }
    let ahead = nearest.dayNumber - a.dayNumber
    var year = nearest.year
    if tense == .past, ahead > Self.tenseSlack { year = (m, d) > (a.month, a.day) ? a.year - 1 : a.year }
    if tense == .future, -ahead > Self.tenseSlack { year = (m, d) < (a.month, a.day) ? a.year + 1 : a.year }
    return CalendarDate(year: year, month: m, day: d).map(Self.day) ?? .unresolved(.day)
  }

  /// How far a date's nearest reading may lie against the clause's tense and still stand.
  static let tenseSlack = 31

  /// "Saturday, April 25" without a year: of the years around the anchor, the one where that
  /// day falls on that weekday, nearest the resolved guess; `nil` when none does.
  func nearestDay(month m: Int, weekday wd: Int, like guess: TimeResolution) -> CalendarDate? {
    guard let a = anchor, let day = guess.value.flatMap(CalendarDate.init(iso:)) else { return nil }
    return [day.year, a.year, a.year - 1, a.year + 1].lazy
      .compactMap { CalendarDate(year: $0, month: m, day: day.day) }
      .first { $0.weekday == wd }
  }

  /// A bare month name: the nearest such month (see `nearestYear`), unless that lies more
  /// than a month against the clause's tense ("she had gotten them in February", read in
  /// October, is last February).
  func bareMonth(_ m: Int, tense: ClauseTense = .unknown) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.month) }
    let year = nearestYear(month: m)
    let ahead = (year * 12 + m - 1) - a.monthIndex
    if tense == .past, ahead > 1 { return Self.month(year: m <= a.month ? a.year : a.year - 1, month: m) }
    if tense == .future, ahead < -1 { return Self.month(year: m >= a.month ? a.year : a.year + 1, month: m) }
    return Self.month(year: year, month: m)
  }

  /// "the weekend", "this weekend": in a past clause the latest weekend begun by the anchor
  /// (on a Saturday or Sunday, that very one), in a future one the weekend of the anchor's
  /// week; with no tense, on a Monday the one just past, on other days the week's own.
  func weekend(_ tense: ClauseTense) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.week) }
    let onWeekend = a.weekday >= 6
    switch tense {
    case .past: return Self.weekend(of: onWeekend ? a : a.adding(days: -7))
    case .future: return Self.weekend(of: a)
    case .unknown: return Self.weekend(of: a.weekday == 1 ? a.adding(days: -7) : a)
    }
  }

  /// The year for a month named without one: the anchor's, unless the month lies more than
  /// seven months away from the anchor's month ("January" in a November article is next
  /// January; "December" in a February article is last December). Measured on news: this
  /// beats both "always the anchor's year" and "the latest such month".
  func nearestYear(month m: Int) -> Int {
    guard let a = anchor else { return 0 }
    if m - a.month > 7 { return a.year - 1 }
    if a.month - m > 7 { return a.year + 1 }
    return a.year
  }

  /// "last April" / "next April" / "this April".
  func month(_ m: Int, relative: Int) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.month) }
    switch relative {
    case ..<0: return Self.month(year: m < a.month ? a.year : a.year - 1, month: m)
    case 1...: return Self.month(year: m > a.month ? a.year : a.year + 1, month: m)
    default: return Self.month(year: a.year, month: m)
    }
  }

  /// "last week", "this month", "next year", "two years ago" (offset in units).
  func unit(_ unit: TimeUnit, offset: Int) -> TimeResolution {
    guard let a = anchor else {
      switch unit {
      case .day: return .unresolved(.day)
      case .week, .weekend: return .unresolved(.week)
      case .month: return .unresolved(.month)
      case .quarter, .half: return .unresolved(.quarter)
      case .year: return .unresolved(.year)
      case .decade: return .unresolved(.decade)
      case .century: return .unresolved(.century)
      }
    }
    switch unit {
    case .day: return Self.day(a.adding(days: offset))
    case .week: return Self.week(of: a.adding(days: 7 * offset))
    case .weekend: return Self.weekend(of: a.adding(days: 7 * offset))
    case .month: return Self.monthIndex(a.monthIndex + offset)
    case .quarter: return Self.quarterIndex(a.year * 4 + a.quarter - 1 + offset)
    case .half:
      let index = a.year * 2 + (a.month - 1) / 6 + offset
      return Self.half(year: index / 2, half: index % 2 + 1)
    case .year: return Self.yearValue(a.year + offset)
    case .decade: return Self.decade(a.year + 10 * offset)
    case .century: return Self.century(a.year / 100 + 1 + offset)
    }
  }

  /// "the third quarter": the anchor's year, unless that quarter starts more than a quarter
  /// after the anchor (then it is last year's, reported late).
  func quarter(_ q: Int, year explicit: Int?) -> TimeResolution {
    if let y = explicit { return Self.quarter(year: y, quarter: q) }
    guard let a = anchor else { return .unresolved(.quarter) }
    return Self.quarter(year: q > a.quarter + 1 ? a.year - 1 : a.year, quarter: q)
  }

  /// "the quarter", "the latest quarter": the last quarter completed before the anchor.
  func latestQuarter(yearsBack: Int = 0) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.quarter) }
    return Self.quarterIndex(a.year * 4 + a.quarter - 2 - 4 * yearsBack)
  }

  func half(_ h: Int, year explicit: Int?) -> TimeResolution {
    if let y = explicit { return Self.half(year: y, half: h) }
    guard let a = anchor else { return .unresolved(.quarter) }
    return Self.half(year: h == 2 && a.month <= 3 ? a.year - 1 : a.year, half: h)
  }

  /// "this summer", "last winter", "summer" (relative 0 = the anchor's year).
  func season(_ code: Season, relative: Int) -> TimeResolution {
    guard let a = anchor else { return .unresolved(.season) }
    let startMonth = code.startMonth
    let begun = a.month >= startMonth
    switch relative {
    case ..<0:
      // The latest such season that has ended (or at least begun earlier) before the anchor.
      let endMonth = startMonth + 2
      return Self.season(year: a.month > endMonth ? a.year : a.year - 1, code: code)
    case 1...: return Self.season(year: begun ? a.year + 1 : a.year, code: code)
    default: return Self.season(year: a.year, code: code)
    }
  }
}
