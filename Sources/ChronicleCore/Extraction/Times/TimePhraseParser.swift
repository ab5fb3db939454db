/// A recognised phrase: tokens `first..<end` and what they resolve to.
struct TimeCandidate: Sendable {
  var first: Int
  var end: Int
  var resolution: TimeResolution
  /// "the following year" (one unit after the story's time), "that year" (the story's own): a
  /// unit and offset counted from the story's time, not from the publication date.
  var storyStep: (unit: TimeUnit, offset: Int)?
  /// "until then", "by then": the date named before it in the paragraph, whatever its precision.
  var repeatsPrevious = false
}

/// Runs the recognisers over the tokens of one paragraph. The recognisers live in extensions
/// by concern (calendar dates, relative phrases); this file holds the token helpers and the
/// dispatch.
struct TimePhraseParser {
  let tokens: [TimeToken]
  let resolver: TimeResolver
  /// The paragraph reports quarterly results ("quarter", "… cents a share"): there "a year
  /// earlier" means the same quarter a year before, as financial news uses it.
  let quarterlyContext: Bool

  init(tokens: [TimeToken], resolver: TimeResolver) {
    self.tokens = tokens
    self.resolver = resolver
    var quarterly = false
    for (i, t) in tokens.enumerated() {
      if Self.namesQuarterOfYear(tokens, i) { quarterly = true; break }
      // The length first: most keys differ in it, and comparing two strings is a call.
      if t.key.utf8.count == 5, t.key == "share", i > 0, tokens[i - 1].key == "a" {
        quarterly = true
        break
      }
    }
    quarterlyContext = quarterly
  }

  /// Token `i` is "quarter" as a quarter of a year, not of a century ("a quarter-century low"
  /// says twenty-five years and is no sign of quarterly results).
  static func namesQuarterOfYear(_ tokens: [TimeToken], _ i: Int) -> Bool {
    guard case .unit(.quarter, _) = tokens[i].word else { return false }
    guard i + 2 < tokens.count, tokens[i + 1].isPunct("-"), !tokens[i + 1].spaceBefore,
      !tokens[i + 2].spaceBefore
    else { return true }
    return tokens[i + 2].key != "century"
  }

  /// All phrases, left to right, longest match at each position, without overlaps.
  func parseAll() -> [TimeCandidate] {
    var out: [TimeCandidate] = []
    var i = 0
    while i < tokens.count {
      // Cheap filter: only tokens that can start a phrase.
      if startsPhrase(i), let candidate = parse(at: i), candidate.end > i {
        out.append(candidate)
        i = candidate.end
      } else {
        i += 1
      }
    }
    return out
  }

  private func startsPhrase(_ i: Int) -> Bool {
    let t = tokens[i]
    switch t.kind {
    case .number: return true
    case .punct: return t.isPunct("'")
    case .word: return t.isTimeWord
    }
  }

  /// The longest phrase starting at token `i`.
  func parse(at i: Int) -> TimeCandidate? {
    var best: TimeCandidate?
    func consider(_ c: TimeCandidate?) {
      guard let c, c.first == i else { return }
      if best == nil || c.end > best!.end { best = c }
    }
    consider(modified(at: i))
    consider(calendar(at: i))
    consider(relative(at: i))
    return best
  }

  /// "early 1991", "late September", "mid-November", "the end of 1990", "earlier this week",
  /// "later this year": the modifier widens the span; the value is the inner phrase's.
  func modified(at i: Int) -> TimeCandidate? {
    var j = i
    switch keyword(i) {
    case .early, .late:
      j = i + 1
    case .mid:
      j = i + 1
      if isPunct(j, "-") { j += 1 }
    case .earlier, .later:
      // Only before "this/last/next …" or "in the year/month…".
      let k = keyword(i + 1)
      guard k == .this || k == .last || k == .next || k == .in else { return nil }
      if k == .in {
        guard keyword(i + 2) == .the, case .unit(let u, plural: false) = word(i + 3) else {
          return nil
        }
        return TimeCandidate(first: i, end: i + 4, resolution: resolver.unit(u, offset: 0))
      }
      j = i + 1
    case .the:
      // "the end of", "the beginning of", "the start of", "the middle of"
      guard let k = keyword(i + 1), [.end, .beginning, .start, .middle].contains(k),
        keyword(i + 2) == .of
      else { return nil }
      j = i + 3
      if keyword(j) == .the, case .unit = word(j + 1) {
        // "the end of the year" → this year
        guard case .unit(let u, plural: false) = word(j + 1) else { return nil }
        return TimeCandidate(first: i, end: j + 2, resolution: resolver.unit(u, offset: 0))
      }
    default:
      return nil
    }
    guard j < tokens.count else { return nil }
    let inner = calendar(at: j).flatMap { $0.first == j ? $0 : nil } ?? relative(at: j)
    guard var c = inner, c.first == j else { return nil }
    c.first = i
    return c
  }

  // MARK: token helpers

  func word(_ i: Int) -> TimeWord {
    i >= 0 && i < tokens.count ? tokens[i].word : .none
  }

  func keyword(_ i: Int) -> TimeKeyword? {
    if case .keyword(let k) = word(i) { return k }
    return nil
  }

  func isPunct(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].isPunct(mark)
  }

  /// Token `i` follows token `i - 1` without whitespace.
  func attached(_ i: Int) -> Bool {
    i > 0 && i < tokens.count && !tokens[i].spaceBefore
  }

  func key(_ i: Int) -> String {
    i >= 0 && i < tokens.count ? tokens[i].key : ""
  }

  /// A four-digit year written in digits (1000–2999), optionally "fiscal 1989".
  func yearNumber(_ i: Int) -> Int? {
    guard i >= 0, i < tokens.count else { return nil }
    let t = tokens[i]
    guard t.kind == .number, t.plain, t.digits == 4, t.key.isEmpty, (1000...2999).contains(t.number)
    else { return nil }
    return t.number
  }

  /// A day of the month in digits: 1–31, with an optional ordinal suffix.
  func dayNumber(_ i: Int) -> Int? {
    guard i >= 0, i < tokens.count else { return nil }
    let t = tokens[i]
    guard t.kind == .number, t.plain, t.digits <= 2, (1...31).contains(t.number),
      t.key.isEmpty || ["st", "nd", "rd", "th"].contains(t.key)
    else { return nil }
    // "5:30", "5.5%" are not days.
    if isPunct(i + 1, ":"), attached(i + 1), i + 2 < tokens.count, tokens[i + 2].kind == .number,
      attached(i + 2)
    {
      return nil
    }
    if isPunct(i + 1, "%") { return nil }
    return t.number
  }

  /// A count: digits or number words ("two", "twenty-four", "a"). Returns the value and the
  /// index after it.
  func count(_ i: Int) -> (Int, Int)? {
    guard i >= 0, i < tokens.count else { return nil }
    let t = tokens[i]
    if t.kind == .number, t.plain, t.key.isEmpty, t.digits <= 3 { return (t.number, i + 1) }
    if t.key == "a", key(i + 1) == "few" { return (-1, i + 2) }
    guard case .cardinal(let n) = t.word else {
      if t.key == "few" || t.key == "several" || t.key == "many" { return (-1, i + 1) }
      return nil
    }
    if n >= 20, n % 10 == 0 {
      // "twenty-four", "twenty four"
      var j = i + 1
      if isPunct(j, "-") { j += 1 }
      if case .cardinal(let u) = word(j), u < 10, key(j) != "a", key(j) != "an" {
        return (n + u, j + 1)
      }
    }
    return (n, i + 1)
  }

  /// The token before `i` ends a sentence (or there is none).
  func sentenceStart(_ i: Int) -> Bool {
    if i == 0 { return true }
    let p = tokens[i - 1]
    guard p.kind == .punct else { return false }
    let c = p.mark
    return c == "." || c == "!" || c == "?" || c == "\"" || c == "\u{201C}" || c == ":"
      || c == "("
  }
}
