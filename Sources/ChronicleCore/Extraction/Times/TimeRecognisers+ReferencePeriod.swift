/// The period a results story compares with "a year earlier", "year-ago", "the 1988 period".
///
/// Financial news compares like with like: after "the third quarter" a year earlier is the
/// same quarter of last year, after "for the nine months" it is last year as a whole. The
/// nearest period named before the phrase in the paragraph decides; with none named the
/// paragraph's quarterly context does, as before.
extension TimePhraseParser {
  /// "a year earlier" / "year-ago" at token `i`: the same quarter last year when the story
  /// reports a quarter, last year when it reports a run of months or is not about results.
  func yearAgo(at i: Int) -> TimeResolution {
    guard quarterlyContext, !reportsMonths(before: i) else {
      return resolver.unit(.year, offset: -1)
    }
    return resolver.latestQuarter(yearsBack: 1)
  }

  /// The nearest reference period before token `i` is a run of months ("the first nine
  /// months", "for the six months") rather than a quarter.
  func reportsMonths(before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 {
      if Self.namesQuarterOfYear(tokens, j) { return false }
      switch word(j) {
      case .unit(.month, plural: true):
        if let (n, end) = count(j - 1), end == j, n > 1 { return true }
      default: break
      }
      j -= 1
    }
    return false
  }

  /// "the quarter ended July 31" (from "ended" at `i`): the calendar quarter holding most of
  /// the three months that end there (May to July: the second), as a fiscal quarter is
  /// dated on the calendar; `nil` without such a date.
  func quarterEnded(at i: Int) -> TimeResolution? {
    guard key(i) == "ended", case .month(let m, let abbreviation) = word(i + 1),
      let end = monthLed(at: i + 1, month: m, abbreviation: abbreviation)?.resolution.value
        .flatMap(CalendarDate.init(iso:))
    else { return nil }
    // The quarter of its middle month.
    return TimeResolver.quarterIndex((end.monthIndex - 1) / 3)
  }
}
