/// Calendar phrases: month names with days and years, day-month, weekdays, years, decades.
extension TimePhraseParser {
  func calendar(at i: Int) -> TimeCandidate? {
    let t = tokens[i]
    switch t.word {
    case .month(let m, let abbreviation): return monthLed(at: i, month: m, abbreviation: abbreviation)
    case .weekday(let wd, let abbreviation):
      return weekdayLed(at: i, weekday: wd, abbreviation: abbreviation, relative: nil, first: i)
    case .keyword(let k) where k == .last || k == .next || k == .this || k == .coming:
      if case .weekday(let wd, let abbreviation) = word(i + 1) {
        let rel = k == .last ? -1 : (k == .this ? 0 : 1)
        return weekdayLed(
          at: i + 1, weekday: wd, abbreviation: abbreviation, relative: rel, first: i)
      }
      return nil
    case .keyword(.the):
      // "the 1990s", "the '90s", "the 20th century"
      if let c = decade(at: i + 1) { return TimeCandidate(first: i, end: c.end, resolution: c.resolution) }
      return nil
    default:
      break
    }
    if t.kind == .number {
      if let c = dayMonth(at: i) { return c }
      if let c = decade(at: i) { return c }
      if let y = yearNumber(i), plausibleYear(at: i) {
        return TimeCandidate(first: i, end: i + 1, resolution: TimeResolver.yearValue(y))
      }
    }
    if t.isPunct("'"), let c = decade(at: i) { return c }
    if case .cardinal(19) = t.word, let c = spelledYear(at: i) { return c }
    return nil
  }

  /// A bare four-digit number is a year unless it is money, a percentage, a count of things
  /// with a separator, or an identifier.
  func plausibleYear(at i: Int) -> Bool {
    guard let y = yearNumber(i), (1800...2100).contains(y) else { return false }
    if i > 0 {
      let p = tokens[i - 1]
      if p.isPunct("$") || p.isPunct("#") || p.isPunct("-") && attached(i) && !attached(i - 1)
        || p.key == "no" || p.key == "nos" || p.key == "flight" || p.key == "route"
      {
        return false
      }
      if p.kind == .number { return false }
      // "a venture called Orion 1980", "Windows 2000": a name's number, not a year. A
      // capitalised word after a mark, as a sentence opens ("During 1980"), or a time word
      // does not count.
      if p.kind == .word, p.capitalized, !p.isTimeWord, i >= 2, tokens[i - 2].kind != .punct,
        !Self.yearPrepositions.contains(p.key)
      {
        return false
      }
    }
    if i + 1 < tokens.count {
      let n = tokens[i + 1]
      if n.isPunct("%") || n.key == "percent" || n.key == "hours" { return false }
      if n.isPunct(":") && attached(i + 1) { return false }
    }
    return true
  }

  /// Prepositions that may stand capitalised before a year ("Throughout 1980").
  static let yearPrepositions: Set<String> = [
    "during", "throughout", "circa", "around", "before", "after", "since", "until", "till",
    "through", "from", "by", "in", "for", "of", "class",
  ]

  /// "Sept. 30", "March 15, 2007", "May 1998", "January", "May of 1998".
  func monthLed(at i: Int, month m: Int, abbreviation: Bool) -> TimeCandidate? {
    let t = tokens[i]
    guard t.capitalized else { return nil }
    var j = i + 1
    if abbreviation {
      if isPunct(j, ".") && attached(j) {
        j += 1
      } else if dayNumber(j) == nil {
        return nil
      }
    }
    // Month Day [, Year]
    if let d = dayNumber(j) {
      var end = j + 1
      var k = end
      if isPunct(k, ",") { k += 1 }
      if let y = yearNumber(k) {
        end = k + 1
        let r =
          CalendarDate(year: y, month: m, day: d).map(TimeResolver.day) ?? .unresolved(.day)
        return TimeCandidate(first: i, end: end, resolution: r)
      }
      // "June 16 last year", "June 16th of last year"
      if let (offset, e) = relativeYear(after: end) {
        let r = resolver.anchor.flatMap { CalendarDate(year: $0.year + offset, month: m, day: d) }
          .map(TimeResolver.day) ?? .unresolved(.day)
        return TimeCandidate(first: i, end: e, resolution: r)
      }
      // "Nov. 16-17": keep the first day.
      return TimeCandidate(
        first: i, end: end, resolution: resolver.monthDay(month: m, day: d, tense: dateTense(i, end)))
    }
    // "March eighth", "March twenty-first"
    if let d = spelledDay(j) {
      return TimeCandidate(
        first: i, end: d.1, resolution: resolver.monthDay(month: m, day: d.0, tense: dateTense(i, d.1)))
    }
    // Month [,|of] Year
    var k = j
    if isPunct(k, ",") || keyword(k) == .of { k += 1 }
    if let y = yearNumber(k) {
      return TimeCandidate(first: i, end: k + 1, resolution: TimeResolver.month(year: y, month: m))
    }
    // "January nineteen ninety-seven"
    if case .cardinal(19) = word(j), let c = spelledYear(at: j), let y = c.resolution.value.flatMap({ Int($0) }) {
      return TimeCandidate(first: i, end: c.end, resolution: TimeResolver.month(year: y, month: m))
    }
    // "June last year", "January of this year"
    if let (offset, e) = relativeYear(after: j) {
      let r = resolver.anchor.map { TimeResolver.month(year: $0.year + offset, month: m) }
        ?? .unresolved(.month)
      return TimeCandidate(first: i, end: e, resolution: r)
    }
    if abbreviation && !(isPunct(i + 1, ".")) { return nil }
    // A bare month: "may" and "march" mean the month only in a date context.
    let name = t.key
    if name == "may" || name == "march" {
      if sentenceStart(i) { return nil }
      if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized {
        return nil
      }
    }
    // A person or a name ("April Glaspie", "August Busch").
    if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized,
      !tokens[i + 1].isTimeWord
    {
      return nil
    }
    return TimeCandidate(first: i, end: j, resolution: resolver.bareMonth(m, tense: dateTense(i, j)))
  }

  /// "last year", "of this year", "next year" after a month or a date, not "last year's":
  /// the offset from the anchor's year and the index after the phrase.
  func relativeYear(after j: Int) -> (Int, Int)? {
    let k = keyword(j) == .of ? j + 1 : j
    guard let kw = keyword(k), kw == .last || kw == .this || kw == .next,
      case .unit(.year, plural: false) = word(k + 1), !isPunct(k + 2, "'")
    else { return nil }
    return (kw == .last ? -1 : kw == .next ? 1 : 0, k + 2)
  }

  /// A spelled ordinal day: "eighth", "twenty-first", "twenty first".
  func spelledDay(_ i: Int) -> (Int, Int)? {
    if let d = TimeLexicon.ordinalDays[key(i)] { return (d, i + 1) }
    if key(i) == "twenty" || key(i) == "thirty" {
      var j = i + 1
      if isPunct(j, "-") { j += 1 }
      if let u = TimeLexicon.ordinalDays[key(j)], u < 10 {
        return ((key(i) == "twenty" ? 20 : 30) + u, j + 1)
      }
    }
    return nil
  }

  /// The tense a date without a year is read in: past after "ended"/"since" ("the year
  /// ended March 31", "since February"); unknown after a deadline word ("by May", "payable
  /// Dec. 15") or a determiner ("the Nov. 8 election"), whose dates are as often ahead as
  /// behind; else the clause's tense.
  func dateTense(_ i: Int, _ end: Int) -> ClauseTense {
    let k = key(i - 1) == "in" || key(i - 1) == "on" ? key(i - 2) : key(i - 1)
    if k == "ended" || k == "since" { return .past }
    if TimeLexicon.deadlineWords.contains(k) || TimeLexicon.determiners.contains(key(i - 1))
      || isPunct(i - 1, "'")
    {
      return .unknown
    }
    return tense(around: i, end: end)
  }

  /// "15 March 1998", "the 5th of May".
  func dayMonth(at i: Int) -> TimeCandidate? {
    guard let d = dayNumber(i) else { return nil }
    var j = i + 1
    if keyword(j) == .of { j += 1 }
    guard case .month(let m, let abbreviation) = word(j), tokens[j].capitalized else { return nil }
    var end = j + 1
    if abbreviation {
      guard isPunct(end, ".") else { return nil }
      end += 1
    }
    var k = end
    if isPunct(k, ",") { k += 1 }
    if let y = yearNumber(k) {
      let r = CalendarDate(year: y, month: m, day: d).map(TimeResolver.day) ?? .unresolved(.day)
      return TimeCandidate(first: i, end: k + 1, resolution: r)
    }
    return TimeCandidate(
      first: i, end: end, resolution: resolver.monthDay(month: m, day: d, tense: dateTense(i, end)))
  }

  /// "Friday", "last Friday", "Saturday, April 25", "Friday morning".
  func weekdayLed(at i: Int, weekday wd: Int, abbreviation: Bool, relative: Int?, first: Int)
    -> TimeCandidate?
  {
    let t = tokens[i]
    guard t.capitalized else { return nil }
    var end = i + 1
    if abbreviation {
      guard isPunct(end, ".") && attached(end) else { return nil }
      end += 1
    }
    // "Sunday Times", "Sunday Telegraph": newspapers.
    if end < tokens.count, tokens[end].capitalized,
      TimeLexicon.weekdayNameFollowers.contains(tokens[end].key)
    {
      return nil
    }
    // Weekday, Month Day[, Year]: the explicit date wins.
    var k = end
    if isPunct(k, ",") { k += 1 }
    if case .month(let m, let ab) = word(k), var c = monthLed(at: k, month: m, abbreviation: ab),
      c.resolution.precision == .day
    {
      if !hasYear(c), let date = resolver.nearestDay(month: m, weekday: wd, like: c.resolution) {
        c.resolution = TimeResolver.day(date)
      }
      return TimeCandidate(first: first, end: c.end, resolution: c.resolution)
    }
    var resolution: TimeResolution
    if let rel = relative {
      resolution = resolver.weekday(wd, relative: rel)
    } else {
      resolution = resolver.weekday(wd, future: tense(around: first, end: end) == .future)
    }
    // "Friday morning", "Thursday night": a TIME.
    if let k = keyword(end), [.morning, .afternoon, .evening, .night].contains(k) {
      let part = k == .morning ? "MO" : k == .afternoon ? "AF" : k == .evening ? "EV" : "NI"
      if let v = resolution.value { resolution.value = v + "T" + part }
      resolution.type = .time
      end += 1
    }
    return TimeCandidate(first: first, end: end, resolution: resolution)
  }

  /// The candidate spells its year ("Saturday, April 25, 1998").
  func hasYear(_ c: TimeCandidate) -> Bool {
    (c.first..<c.end).contains { yearNumber($0) != nil }
  }

  /// "1990s", "'90s", "1990's", "20th century" (at `i`).
  func decade(at i: Int) -> TimeCandidate? {
    guard i < tokens.count else { return nil }
    let t = tokens[i]
    if t.kind == .number, t.plain, t.digits == 4, (1000...2999).contains(t.number),
      t.number % 10 == 0
    {
      if t.key == "s" { return TimeCandidate(first: i, end: i + 1, resolution: TimeResolver.decade(t.number)) }
      if t.key.isEmpty, isPunct(i + 1, "'"), attached(i + 1), key(i + 2) == "s", attached(i + 2) {
        return TimeCandidate(first: i, end: i + 3, resolution: TimeResolver.decade(t.number))
      }
    }
    if t.isPunct("'"), i + 1 < tokens.count, attached(i + 1) {
      let n = tokens[i + 1]
      if n.kind == .number, n.digits == 2, n.key == "s", n.number % 10 == 0 {
        return TimeCandidate(first: i, end: i + 2, resolution: TimeResolver.decade(1900 + n.number))
      }
    }
    // "20th century", "twentieth century"
    var ordinal: Int?
    if t.kind == .number, t.plain, t.digits <= 2, ["st", "nd", "rd", "th"].contains(t.key) {
      ordinal = t.number
    } else if case .ordinal(let o) = t.word {
      ordinal = o
    }
    if let o = ordinal, case .unit(.century, plural: false) = word(i + 1) {
      return TimeCandidate(first: i, end: i + 2, resolution: TimeResolver.century(o))
    }
    return nil
  }

  /// "nineteen ninety-six", "nineteen eighty".
  func spelledYear(at i: Int) -> TimeCandidate? {
    if case .cardinal(2) = word(i), key(i + 1) == "thousand" {
      var end = i + 2
      var y = 2000
      if keyword(end) == .and, let (rest, e) = count(end + 1), rest > 0, rest < 100 {
        y += rest
        end = e
      } else if let (rest, e) = count(end), rest > 0, rest < 100, key(end) != "a" {
        y += rest
        end = e
      }
      return TimeCandidate(first: i, end: end, resolution: TimeResolver.yearValue(y))
    }
    guard case .cardinal(19) = word(i), let (rest, end) = count(i + 1), rest >= 10, rest < 100,
      key(i + 1) != "a"
    else { return nil }
    return TimeCandidate(first: i, end: end, resolution: TimeResolver.yearValue(1900 + rest))
  }
}
