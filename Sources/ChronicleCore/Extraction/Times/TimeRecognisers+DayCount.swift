/// "Today is the eighth day of the blockade", "It's the second day of the offensive": a day
/// counted into an event and said of the present in the present tense is the publication day.
extension TimePhraseParser {
  /// "the <ordinal> day of" at `i` (on "the") after "today is", "it is" or "it's".
  func countedDayToday(at i: Int) -> TimeCandidate? {
    guard case .ordinal = word(i + 1), case .unit(.day, plural: false) = word(i + 2),
      keyword(i + 3) == .of, presentCopulaOfToday(before: i)
    else { return nil }
    return core(i, i + 3, resolver.shiftDays(0))
  }

  /// Tokens before `i` are "today is", "it is" or "it's".
  private func presentCopulaOfToday(before i: Int) -> Bool {
    if key(i - 1) == "is" { return keyword(i - 2) == .today || key(i - 2) == "it" }
    return key(i - 1) == "s" && isPunct(i - 2, "'") && attached(i - 2) && key(i - 3) == "it"
  }
}
