/// Quarters and halves of a year: "the third quarter", "the year-earlier period".
extension TimePhraseParser {
  /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
  /// "the 1988 third quarter", "this year's third quarter", "the latest quarter",
  /// "the year-earlier period", "the first half of 1989", "the corresponding period last year".
  func quarterPhrase(at i: Int) -> TimeCandidate? {
    var j = i
    var year: Int?
    var yearsBack = 0
    // Year prefix: "1988", "fiscal 1989's", "this year's", "last year's".
    if keyword(j) == .fiscal, yearNumber(j + 1) != nil { j += 1 }
    if let y = yearNumber(j) {
      year = y
      j += 1
      if isPunct(j, "'"), key(j + 1) == "s" { j += 2 }
    } else if let k = keyword(j), k == .this || k == .last || k == .next,
      case .unit(.year, plural: false) = word(j + 1), isPunct(j + 2, "'"), key(j + 3) == "s"
    {
      if let a = resolver.anchor { year = a.year + (k == .last ? -1 : k == .next ? 1 : 0) }
      yearsBack = k == .last ? 1 : 0
      j += 4
    }
    if keyword(j) == .fiscal { j += 1 }
    enum Kind { case ordinal(Int), latest, current, yearAgo }
    var kind: Kind
    var firstTwoQuarters = false
    switch word(j) {
    case .ordinal(let o) where o <= 4:
      kind = .ordinal(o)
      j += 1
      // "the first two quarters of 1990": the first half.
      if o == 1, case .cardinal(2) = word(j), case .unit(.quarter, plural: true) = word(j + 1) {
        kind = .ordinal(1)
        firstTwoQuarters = true
        j += 1
      }
    case .keyword(.last) where year != nil || keyword(j + 2) == .of:
      // "the last quarter of 1989", "the last half of 1989"
      kind = .ordinal(4)
      j += 1
    case .keyword(let k) where k == .latest || k == .same || k == .recent:
      kind = yearsBack > 0 ? .yearAgo : .latest
      j += 1
    case .keyword(.current):
      kind = .current
      j += 1
    case .keyword(let k) where k == .comparable || k == .corresponding || k == .prior:
      kind = .yearAgo
      j += 1
      if k == .prior, isPunct(j, "-"), case .unit(.year, _) = word(j + 1) { j += 2 }
      // "the comparable year-ago quarter"
      if case .unit(.year, plural: false) = word(j), isPunct(j + 1, "-"),
        let k2 = keyword(j + 2), k2 == .earlier || k2 == .ago
      {
        j += 3
      }
    case .unit(.year, plural: false):
      guard isPunct(j + 1, "-"), attached(j + 1), let k = keyword(j + 2),
        k == .earlier || k == .ago
      else { return nil }
      kind = .yearAgo
      j += 3
      if keyword(j) == .comparable || keyword(j) == .corresponding { j += 1 }
      // "the year-earlier third quarter"
      if case .ordinal(let o) = word(j), o <= 4 {
        kind = .ordinal(o)
        yearsBack = 1
        j += 1
      }
    default:
      if j < tokens.count, tokens[j].kind == .number, tokens[j].plain, tokens[j].digits == 1,
        (1...4).contains(tokens[j].number), ["st", "nd", "rd", "th"].contains(tokens[j].key)
      {
        kind = .ordinal(tokens[j].number)
        j += 1
      } else if year != nil || yearsBack > 0 {
        // "this year's quarter", "last year's period", "the 1988 period"
        kind = yearsBack > 0 ? .yearAgo : .latest
      } else {
        return nil
      }
    }
    // Ordinal suffix digits: handled above only for words; "3rd quarter" below.
    if isPunct(j, "-"), attached(j) { j += 1 }
    if keyword(j) == .fiscal { j += 1 }
    var isHalf = false
    var isPeriod = false
    switch word(j) {
    case .unit(.quarter, plural: false): break
    case .unit(.quarter, plural: true) where firstTwoQuarters: isHalf = true
    case .unit(.half, plural: false): isHalf = true
    case .keyword(.period):
      if case .ordinal = kind { return nil }
      isPeriod = true
    default: return nil
    }
    j += 1
    // "of 1989", "of fiscal 1989", "of this year", "last year", "a year earlier/ago"
    var k = j
    if keyword(k) == .of { k += 1 }
    // "the last half of the '80s": the decade.
    if isHalf, let c = decade(at: keyword(k) == .the ? k + 1 : k) { return core(i, c.end, c.resolution) }
    if keyword(k) == .fiscal { k += 1 }
    if let y = yearNumber(k), year == nil {
      year = y
      j = k + 1
    } else if let kw = keyword(k), kw == .last || kw == .this,
      case .unit(.year, plural: false) = word(k + 1)
    {
      if let a = resolver.anchor { year = a.year + (kw == .last ? -1 : 0) }
      if kw == .last { yearsBack = 1 }
      j = k + 2
    } else if case .cardinal(1) = word(j), case .unit(.year, plural: false) = word(j + 1),
      let kw = keyword(j + 2), kw == .ago || kw == .earlier
    {
      yearsBack = 1
      if case .latest = kind { kind = .yearAgo }
      j += 3
    }
    let r: TimeResolution
    // "the 1988 period", "the year-earlier period" after "the first nine months": a year.
    let yearLong = isPeriod && reportsMonths(before: i)
    switch kind {
    case .ordinal(let o):
      if isHalf {
        guard o <= 2 || o == 4 else { return nil }
        r = resolver.half(o == 4 ? 2 : o, year: year)
      } else if yearsBack > 0, year == nil {
        r = resolver.quarter(o, year: resolver.anchor.map { $0.year - 1 })
      } else {
        r = resolver.quarter(o, year: year)
      }
    case .latest:
      if let y = year, yearLong {
        r = TimeResolver.yearValue(y)
      } else if let y = year, let a = resolver.anchor, yearsBack == 0, y != a.year {
        // "the 1988 quarter": the latest quarter's number in that year.
        let latest = resolver.latestQuarter()
        let q = latest.value.flatMap { $0.split(separator: "Q").last.flatMap { Int($0) } } ?? 4
        r = TimeResolver.quarter(year: y, quarter: q)
      } else {
        r = isHalf ? resolver.unit(.half, offset: -1) : resolver.latestQuarter(yearsBack: yearsBack)
      }
    case .current: r = isHalf ? resolver.unit(.half, offset: 0) : resolver.unit(.quarter, offset: 0)
    case .yearAgo:
      if yearLong {
        r = resolver.unit(.year, offset: -1)
      } else {
        r = isHalf ? resolver.unit(.half, offset: -2) : resolver.latestQuarter(yearsBack: 1)
      }
    }
    return core(i, j, r)
  }
}
