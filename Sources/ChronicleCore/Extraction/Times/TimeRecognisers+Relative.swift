/// Relative phrases: deictic words, "last week", "two years ago", quarters, seasons.
extension TimePhraseParser {
  func relative(at i: Int) -> TimeCandidate? {
    if keyword(i) == .the {
      var best = theBare(at: i)
      // "the recent moves", "the current system": adjectives, not times.
      if let k = keyword(i + 1), k == .recent || k == .recently || k == .now || k == .currently
        || (k == .current && keyword(i + 2) != .fiscal && !isUnit(i + 2))
      {
        return best
      }
      if var c = relativeCore(at: i + 1), c.first == i + 1, c.end > (best?.end ?? 0) {
        c.first = i
        best = c
      }
      return best
    }
    return relativeCore(at: i)
  }

  func isUnit(_ i: Int) -> Bool {
    if case .unit = word(i) { return true }
    return false
  }

  func core(_ first: Int, _ end: Int, _ r: TimeResolution) -> TimeCandidate {
    TimeCandidate(first: first, end: end, resolution: r)
  }

  /// Phrases that need "the" in front: "the future", "the past", "the year", "the quarter",
  /// "the weekend".
  func theBare(at i: Int) -> TimeCandidate? {
    switch word(i + 1) {
    case .keyword(.future): return core(i, i + 2, TimeResolver.reference("FUTURE_REF"))
    case .ordinal: return countedDayToday(at: i)
    case .keyword(.full), .keyword(.fiscal):
      // "the full year", "the fiscal year"
      guard case .unit(.year, plural: false) = word(i + 2), !isPunct(i + 3, "-") else { return nil }
      return core(i, i + 3, resolver.unit(.year, offset: 0))
    case .none where key(i + 1) == "near" || key(i + 1) == "short":
      // "the near future", "the near term", "the short term"
      guard keyword(i + 2) == .future || key(i + 2) == "term" else { return nil }
      return core(i, i + 3, TimeResolver.reference("FUTURE_REF"))
    case .none where TimeLexicon.decadeWords[key(i + 1)] != nil:
      // "the nineties"
      return core(i, i + 2, TimeResolver.decade(1900 + TimeLexicon.decadeWords[key(i + 1)]!))
    case .keyword(.present): return core(i, i + 2, TimeResolver.reference("PRESENT_REF"))
    case .keyword(.past):
      // "the past three years" / "the past year" are handled as relative phrases.
      if count(i + 2) != nil { return nil }
      if case .unit = word(i + 2) { return nil }
      return core(i, i + 2, TimeResolver.reference("PAST_REF"))
    case .unit(let u, plural: false):
      // Not "the year-earlier quarter" / "the year ended …" as a modifier.
      if isPunct(i + 2, "-") && attached(i + 2) { return nil }
      if isPunct(i + 2, "'") { return nil }
      switch u {
      case .year:
        // "the year two thousand", "the year 2000"
        if let y = yearNumber(i + 2) { return core(i, i + 3, TimeResolver.yearValue(y)) }
        if let c = spelledYear(at: i + 2) { return core(i, c.end, c.resolution) }
        return core(i, i + 2, resolver.unit(.year, offset: 0))
      case .quarter:
        // "the quarter a year ago/earlier"
        if case .cardinal(1) = word(i + 2), case .unit(.year, plural: false) = word(i + 3),
          let k = keyword(i + 4), k == .ago || k == .earlier
        {
          return core(i, i + 5, resolver.latestQuarter(yearsBack: 1))
        }
        if let r = quarterEnded(at: i + 2) { return core(i, i + 2, r) }
        return core(i, i + 2, resolver.latestQuarter())
      case .month: return core(i, i + 2, resolver.unit(.month, offset: 0))
      case .week: return core(i, i + 2, resolver.unit(.week, offset: 0))
      case .weekend:
        let tense = tense(around: i, end: i + 2)
        return core(i, i + 2, resolver.weekend(tense == .future ? .future : .past))
      default: return nil
      }
    default:
      return nil
    }
  }

  func relativeCore(at i: Int) -> TimeCandidate? {
    guard i < tokens.count else { return nil }
    if let c = quarterPhrase(at: i) { return c }
    switch word(i) {
    case .keyword(let k):
      switch k {
      case .yesterday: return core(i, i + 1, resolver.shiftDays(-1))
      case .today:
        // "USA Today", "VOA Today": the name of a paper or a programme.
        if tokens[i].capitalized, !sentenceStart(i), i > 0, tokens[i - 1].kind == .word,
          tokens[i - 1].capitalized
        {
          return nil
        }
        if namesAnEra(at: i) { return nil }
        return core(i, i + 1, resolver.shiftDays(0))
      case .then:
        // "until then", "by then", "since then": the date just named; a bare "then" is a step
        // in a story, no date.
        guard let before = keyword(i - 1), before == .until || before == .by || before == .since
        else { return nil }
        var c = core(i, i + 1, .unresolved(.unknown))
        c.repeatsPrevious = true
        return c
      case .tomorrow:
        if namesAnEra(at: i) { return nil }
        return core(i, i + 1, resolver.shiftDays(1))
      case .tonight:
        var r = resolver.shiftDays(0)
        if let v = r.value { r.value = v + "TNI" }
        r.type = .time
        return core(i, i + 1, r)
      case .now, .currently, .nowadays:
        return core(i, i + 1, TimeResolver.reference("PRESENT_REF"))
      case .recently: return core(i, i + 1, TimeResolver.reference("PAST_REF"))
      case .recent:
        // Only "recent years/weeks/days"; the adjective before other nouns is not a time.
        if case .unit(_, plural: true) = word(i + 1) {
          return core(i, i + 2, TimeResolver.reference("PAST_REF"))
        }
        return nil
      case .that:
        // "that year": the year the story is in, once a date has set it. Not "October of that
        // year", whose month the story's last date need not share.
        guard case .unit(.year, plural: false) = word(i + 1), !isPunct(i + 2, "-"),
          keyword(i - 1) != .of
        else { return nil }
        var c = core(i, i + 2, .unresolved(.year))
        c.storyStep = (.year, 0)
        return c
      case .these:
        if key(i + 1) == "days" { return core(i, i + 2, TimeResolver.reference("PRESENT_REF")) }
        return nil
      case .current:
        if case .unit = word(i + 1) { return lastNext(at: i, offset: 0) }
        if keyword(i + 1) == .fiscal, case .unit = word(i + 2) { return lastNext(at: i, offset: 0) }
        return core(i, i + 1, TimeResolver.reference("PRESENT_REF"))
      case .last, .past, .previous:
        if keyword(i + 1) == .night, k == .last {
          var r = resolver.shiftDays(-1)
          if let v = r.value { r.value = v + "TNI" }
          r.type = .time
          return core(i, i + 2, r)
        }
        return lastNext(at: i, offset: -1)
      case .this: return lastNext(at: i, offset: 0)
      case .next, .coming: return lastNext(at: i, offset: 1)
      case .following:
        // "the following year" counts from the story's time, not the publication date.
        guard var c = lastNext(at: i, offset: 1) else { return nil }
        if c.resolution.type == .date {
          c.resolution.value = nil
          if case .unit(let u, plural: false) = word(c.end - 1) { c.storyStep = (u, 1) }
        }
        return c
      case .fiscal:
        // "fiscal 1989", "fiscal year 1990"
        var j = i + 1
        if case .unit(.year, plural: false) = word(j) { j += 1 }
        if let y = yearNumber(j) { return core(i, j + 1, TimeResolver.yearValue(y)) }
        return nil
      default:
        return nil
      }
    case .unit(.year, plural: false):
      // "year-end", the accounting close, is the last day of the anchor's year; "year end" and
      // "year's end" say "the end of the year" and, like it, name the year.
      var e = i + 1
      let hyphenated = isPunct(e, "-") && attached(e)
      if hyphenated { e += 1 } else if isPunct(e, "'") && key(e + 1) == "s" { e += 2 }
      if keyword(e) == .end, !isPunct(e + 1, "-") {
        // "since year-end": the last one passed.
        let back = keyword(i - 1) == .since ? 1 : 0
        guard let year = resolver.anchor.map({ $0.year - back }) else {
          return core(i, e + 1, .unresolved(hyphenated ? .day : .year))
        }
        let r =
          hyphenated
          ? CalendarDate(year: year, month: 12, day: 31).map(TimeResolver.day) ?? .unresolved(.day)
          : TimeResolver.yearValue(year)
        return core(i, e + 1, r)
      }
      // "year-earlier", "year-ago" as adjectives.
      if isPunct(i + 1, "-"), attached(i + 1), let k = keyword(i + 2), k == .earlier || k == .ago {
        return core(i, i + 3, yearAgo(at: i))
      }
      return nil
    case .season(let code):
      return season(at: i, first: i, code: code, relative: nil)
    default:
      break
    }
    if let c = ago(at: i) { return c }
    return nil
  }

  /// After "last/past/this/next/current" at `i`: a unit, a month, a season, or a count and
  /// plural unit (a duration).
  func lastNext(at i: Int, offset: Int) -> TimeCandidate? {
    var j = i + 1
    if keyword(j) == .fiscal { j += 1 }
    switch word(j) {
    case .unit(.weekend, plural: false) where offset == 0:
      // "this weekend": on a Monday the one just past, later in the week the coming one.
      return core(i, j + 1, resolver.weekend(tense(around: i, end: j + 1)))
    case .unit(let u, plural: false):
      // "This Week", "Next Year" in title case are the names of shows and books.
      if tokens[i].capitalized, tokens[j].capitalized { return nil }
      // "the past century" is the hundred years up to now, not the previous calendar century.
      if u == .century, keyword(i) == .past { return core(i, j + 1, duration(count: 1, unit: u)) }
      // "last quarter" etc.
      return core(i, j + 1, resolver.unit(u, offset: offset))
    case .unit(let u, plural: true):
      // "the coming weeks", "the past months"
      let ref = offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF"
      var r = TimeResolver.reference(ref)
      if offset < 0 { r = duration(count: nil, unit: u) }
      return core(i, j + 1, r)
    case .month(let m, _):
      guard tokens[j].capitalized else { return nil }
      var end = j + 1
      if case .month(_, abbreviation: true) = word(j), isPunct(end, "."), attached(end) { end += 1 }
      return core(i, end, resolver.month(m, relative: offset))
    case .season(let code):
      return season(at: j, first: i, code: code, relative: offset)
    case .keyword(.past) where offset == 0:
      // "this past weekend": on a weekend day, that very weekend.
      if case .unit(.weekend, plural: false) = word(j + 1) {
        return core(i, j + 2, resolver.weekend(.past))
      }
      if case .unit(let u, plural: false) = word(j + 1) {
        return core(i, j + 2, resolver.unit(u, offset: -1))
      }
      return nil
    default:
      break
    }
    // "the past three years", "the next two weeks": durations.
    if let (n, k) = count(j), case .unit(let u, _) = word(k), n != 1 || key(j) != "a" {
      return core(i, k + 1, duration(count: n, unit: u))
    }
    return nil
  }

  func duration(count n: Int?, unit u: TimeUnit) -> TimeResolution {
    let letter: String
    switch u {
    case .day: letter = "D"
    case .week, .weekend: letter = "W"
    case .month: letter = "M"
    case .quarter: letter = "Q"
    case .half: letter = "H"
    case .year: letter = "Y"
    case .decade: letter = "DE"
    case .century: letter = "CE"
    }
    let amount = n.flatMap { $0 > 0 ? String($0) : nil } ?? "X"
    return TimeResolution(value: "P\(amount)\(letter)", precision: .unknown, type: .duration)
  }

  /// "two years ago", "a year earlier", "five months ago".
  func ago(at i: Int) -> TimeCandidate? {
    guard let (n, j) = count(i), case .unit(let u, _) = word(j) else { return nil }
    guard let k = keyword(j + 1), k == .ago || k == .earlier else { return nil }
    if n < 0 { return core(i, j + 2, TimeResolver.reference("PAST_REF")) }
    var r = resolver.unit(u, offset: -n)
    if u == .weekend { r = resolver.unit(.week, offset: -n) }
    if u == .year, n == 1 { r = yearAgo(at: i) }
    return core(i, j + 2, r)
  }

  /// "summer", "this summer", "last winter", "summer 1997", "the summer of 1997".
  func season(at j: Int, first: Int, code: Season, relative: Int?) -> TimeCandidate? {
    var end = j + 1
    var k = end
    if keyword(k) == .of { k += 1 }
    if let y = yearNumber(k) {
      return core(first, k + 1, TimeResolver.season(year: y, code: code))
    }
    // "the winter of nineteen ninety-four"
    if let c = spelledYear(at: k), let y = c.resolution.value.flatMap({ Int($0) }) {
      return core(first, c.end, TimeResolver.season(year: y, code: code))
    }
    if relative == nil {
      // A bare season word needs "the"/"in"/"early"… in front; "fall" and "spring" are also
      // verbs and nouns, so they need "the"/"this"… and no "of" after.
      let before = keyword(j - 1)
      guard before == .the || before == .in || before == .early || before == .late
        || before == .mid || before == .since || before == .until || before == .by
      else { return nil }
      if keyword(end) == .of { return nil }
      if code == .fall || code == .spring, before != .the && before != .in { return nil }
      if before == .the && (keyword(j - 2) != .in && keyword(j - 2) != .during
        && keyword(j - 2) != .since && keyword(j - 2) != .until && keyword(j - 2) != .by)
      {
        if code == .fall || code == .spring { return nil }
      }
      end = j + 1
      return core(first, end, resolver.season(code, relative: 0))
    }
    return core(first, end, resolver.season(code, relative: relative ?? 0))
  }
}
