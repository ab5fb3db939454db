/// "today" and "tomorrow" that name an era rather than a day: "today's world", "the problems
/// of today", "the leaders of tomorrow". Such a phrase dates nothing, so it is no time
/// expression (TimeBank leaves it out too).
extension TimePhraseParser {
  /// Nouns that "today's" turns into the present age rather than this day's news.
  static let eraNouns: Set<String> = [
    "world", "society", "life", "climate", "culture", "generation", "generations", "youth",
    "children", "kids", "era", "age",
  ]

  /// Nouns before "of today" / "of tomorrow" that still point at the day itself ("the end of
  /// today", "the morning of tomorrow").
  static let dayParts: Set<String> = [
    "end", "rest", "start", "beginning", "morning", "afternoon", "evening", "night", "close",
  ]

  /// "today"/"tomorrow" at `i` names the present or a coming age.
  func namesAnEra(at i: Int) -> Bool {
    if isPunct(i + 1, "'"), attached(i + 1), key(i + 2) == "s" {
      return Self.eraNouns.contains(key(i + 3))
    }
    // "the problems of today": "the", a noun, "of", the day word ("as of today", "ahead of
    // tomorrow" have no "the" and keep the day).
    guard keyword(i - 1) == .of, keyword(i - 3) == .the, tokens[i - 2].kind == .word else {
      return false
    }
    return !Self.dayParts.contains(key(i - 2))
  }
}
