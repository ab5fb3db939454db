/// Units a relative phrase can count in ("two years ago", "last quarter").
enum TimeUnit: Sendable, Equatable {
  case day, week, weekend, month, quarter, half, year, decade, century
}

/// Function words the recognisers look for.
enum TimeKeyword: Sendable, Equatable {
  case last, next, this, coming, past, previous, current, latest, earlier, later, early, late, mid
  case ago, before, after, the, fiscal, yesterday, today, tomorrow, tonight, now, currently
  case recently, recent, future, nowadays, these, end, beginning, start, middle, of, `in`, on, at, during
  case same, period, comparable, corresponding, prior, morning, afternoon, evening, night
  case following, full, present, time, all, so, far, until, through, since, from, to, by, and
  case that, then
}

/// A season, as its TIMEX3 code. A code rather than a `String` payload keeps `TimeWord`, and
/// so copying and freeing the scanner's tokens, free of reference counting.
enum Season: String, Sendable, Equatable {
  case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

  /// The month it begins in (winter: December).
  var startMonth: Int {
    switch self {
    case .spring: 3
    case .summer: 6
    case .fall: 9
    case .winter: 12
    }
  }
}

/// What a lower-cased word means to the time recognisers.
enum TimeWord: Sendable, Equatable {
  case none
  /// 1…12; `abbreviation` for forms that need a period or a day number after them ("Sept.").
  case month(Int, abbreviation: Bool)
  /// 1 = Monday … 7 = Sunday; `abbreviation` for "Mon", "Tues"…
  case weekday(Int, abbreviation: Bool)
  case season(Season)
  case cardinal(Int)
  case ordinal(Int)
  case unit(TimeUnit, plural: Bool)
  case keyword(TimeKeyword)
}

/// The word lists, as data. Keys are lower-case ASCII.
enum TimeLexicon {
  /// Looked up for every word of every paragraph, hence a `WordTable`.
  static let words = WordTable(wordList)

  /// Also a word class (`WordClasses.timeWord`), so most words need no lookup here.
  static let wordList: [String: TimeWord] = {
    var table: [String: TimeWord] = [:]
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    for (i, name) in months.enumerated() { table[name] = .month(i + 1, abbreviation: false) }
    let monthAbbreviations: [(String, Int)] = [
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
      ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    for (name, m) in monthAbbreviations { table[name] = .month(m, abbreviation: true) }
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (i, name) in weekdays.enumerated() { table[name] = .weekday(i + 1, abbreviation: false) }
    let weekdayAbbreviations: [(String, Int)] = [
      ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4),
      ("fri", 5), ("sat", 6), ("sun", 7),
    ]
    for (name, d) in weekdayAbbreviations { table[name] = .weekday(d, abbreviation: true) }
    for (name, season) in [
      ("spring", Season.spring), ("summer", .summer), ("autumn", .fall), ("fall", .fall),
      ("winter", .winter),
    ] {
      table[name] = .season(season)
    }
    let cardinals = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (i, name) in cardinals.enumerated() { table[name] = .cardinal(i + 1) }
    for (name, n) in [
      ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
      ("seventy", 70), ("eighty", 80), ("ninety", 90), ("a", 1), ("an", 1),
    ] {
      table[name] = .cardinal(n)
    }
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth",
    ]
    for (i, name) in ordinals.enumerated() { table[name] = .ordinal(i + 1) }
    table["twentieth"] = .ordinal(20)
    table["twenty-first"] = .ordinal(21)
    let units: [(String, TimeUnit)] = [
      ("day", .day), ("week", .week), ("weekend", .weekend), ("month", .month),
      ("quarter", .quarter), ("half", .half), ("year", .year), ("decade", .decade),
      ("century", .century),
    ]
    for (name, unit) in units {
      table[name] = .unit(unit, plural: false)
      table[name + "s"] = .unit(unit, plural: true)
    }
    table["centuries"] = .unit(.century, plural: true)
    table["halves"] = .unit(.half, plural: true)
    let keywords: [(String, TimeKeyword)] = [
      ("last", .last), ("next", .next), ("this", .this), ("coming", .coming), ("past", .past),
      ("previous", .previous), ("current", .current), ("latest", .latest),
      ("earlier", .earlier), ("later", .later), ("early", .early), ("late", .late),
      ("mid", .mid), ("ago", .ago), ("before", .before), ("after", .after), ("the", .the),
      ("fiscal", .fiscal), ("yesterday", .yesterday), ("today", .today),
      ("tomorrow", .tomorrow), ("tonight", .tonight), ("now", .now), ("currently", .currently),
      ("recently", .recently), ("recent", .recent), ("future", .future),
      ("nowadays", .nowadays), ("these", .these), ("end", .end), ("beginning", .beginning),
      ("start", .start), ("middle", .middle), ("of", .of), ("in", .in), ("on", .on), ("at", .at), ("during", .during),
      ("same", .same), ("period", .period), ("comparable", .comparable),
      ("corresponding", .corresponding), ("prior", .prior), ("morning", .morning),
      ("afternoon", .afternoon), ("evening", .evening), ("night", .night),
      ("following", .following), ("full", .full), ("present", .present), ("time", .time),
      ("all", .all), ("so", .so), ("far", .far), ("until", .until), ("through", .through),
      ("since", .since), ("from", .from), ("to", .to), ("by", .by), ("and", .and),
      ("that", .that), ("then", .then),
    ]
    for (name, keyword) in keywords { table[name] = .keyword(keyword) }
    return table
  }()

  /// The shapes of `words` (first two letters and length), one bit each: most words of a
  /// paragraph fail this test and never pay for hashing a string.
  static let wordShapes = WordShapes(wordList.keys)

  /// "the nineties" → 90.
  static let decadeWords = WordTable<Int>([
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
  ])

  /// Spelled days of the month ("March eighth").
  static let ordinalDays = WordTable<Int>({
    let words = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    var table: [String: Int] = [:]
    for (i, w) in words.enumerated() { table[w] = i + 1 }
    table["thirtieth"] = 30
    return table
  }())

  /// Words that, right after a capitalised month name, show it is a name, not a date
  /// ("March Madness" aside, mostly people: "April Glaspie").
  static let weekdayNameFollowers = WordTable<Void>([
    "times", "telegraph", "mirror", "express", "post",
  ])
}
