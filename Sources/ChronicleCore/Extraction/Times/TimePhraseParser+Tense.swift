/// The tense of the clause around a time phrase, as HeidelTime uses it: "closed Wednesday"
/// is last Wednesday, "will meet on Thursday" next Thursday; "in December" after "was" is the
/// last December, after "will" the next one.
enum ClauseTense: Sendable, Equatable {
  case past, future, unknown
}

extension TimePhraseParser {
  /// How far a tense cue may lie before or after the phrase, in tokens.
  static let tenseReachBefore = 14
  static let tenseReachAfter = 4
  /// A regular "-ed" form counts only this close: further away it is as often an adjective
  /// ("preferred shares", "reduced dividend") as the clause's verb.
  static let edReach = 2

  /// The tense of the nearest cue in the same sentence: a future word ("will", "scheduled",
  /// "is to", "expected to"), a past one ("was", "met", "closed") or a present "is"
  /// (unknown); before the phrase and after it, the nearer cue wins (before, on a tie).
  /// After the phrase the scan stops at a comma unless the phrase opens the sentence ("In
  /// January, the company bought …"): "… on Saturday, CNN reported" dates the event, not
  /// the report.
  func tense(around first: Int, end: Int) -> ClauseTense {
    let lead = keyword(first - 1) == .on || keyword(first - 1) == .in ? first - 2 : first - 1
    var before: (ClauseTense, Int)?
    var j = first - 1
    while j >= 0, first - j <= Self.tenseReachBefore, !endsSentence(j) {
      if let cue = tenseCue(at: j, distance: first - j, first: first) {
        before = (cue, first - j)
        break
      }
      j -= 1
    }
    let opensSentence = sentenceStart(first) || (sentenceStart(first - 1) && lead == first - 2)
    j = end
    while j < tokens.count, j - end < Self.tenseReachAfter, !endsSentence(j) {
      if isPunct(j, ","), !opensSentence { break }
      if let cue = tenseCue(at: j, distance: j - end + 1, first: first) {
        if let b = before, b.1 <= j - end + 1 { return b.0 }
        return cue
      }
      j += 1
    }
    return before?.0 ?? .unknown
  }

  /// The end of a sentence, or a quotation mark: a quote and its attribution are separate
  /// clauses ("… expire on September 30th," they wrote).
  private func endsSentence(_ j: Int) -> Bool {
    isPunct(j, ".") || isPunct(j, ";") || isPunct(j, "?") || isPunct(j, "!") || isPunct(j, "\"")
      || isPunct(j, "\u{201C}") || isPunct(j, "\u{201D}")
  }

  /// What token `j`, `distance` tokens from the phrase starting at `first`, says about the
  /// tense, if anything.
  func tenseCue(at j: Int, distance: Int, first: Int) -> ClauseTense? {
    let t = tokens[j]
    guard t.kind == .word, !t.key.isEmpty else { return nil }
    let word = t.key
    let classes = TimeLexicon.tenseWords[word] ?? []
    // A regular "-ed" form of five letters or more (keys are lower-case ASCII).
    let edForm = word.utf8.count >= 5 && word.hasSuffix("ed") && !classes.contains(.edNonVerb)
    // Every cue below is a listed word or an "-ed" form.
    guard !classes.isEmpty || edForm else { return nil }
    // "lower-than-expected", "long-planned": part of a compound, not a verb.
    if isPunct(j - 1, "-"), attached(j) { return nil }
    // "would" reports a future seen from the past: it points neither way ("would have":
    // back).
    if classes.contains(.would) { return key(j + 1) == "have" ? .past : .unknown }
    if classes.contains(.future) { return .future }
    if j < first, distance <= Self.edReach, classes.contains(.preview) { return .future }
    // "is to resume", "expected to", "plans to", "likely to"; "was to travel" and "were to
    // win" speak of a future seen from the past and point neither way.
    if classes.contains(.futureBeforeTo) || classes.contains(.wasOrWere), key(j + 1) == "to" {
      return classes.contains(.futureBeforeTo) ? .future : .unknown
    }
    // A participle after "be" ("will be paid", "will be announced") has no tense of its own.
    let previous = j > 0 ? TimeLexicon.tenseWords[tokens[j - 1].key] ?? [] : []
    if previous.contains(.beforeParticiple) { return nil }
    // "the record set on Aug. 6" lies back, "the vote set for Tuesday" ahead.
    if classes.contains(.set), distance <= Self.edReach {
      return key(j + 1) == "for" ? .future : .past
    }
    // A reporting verb dates a phrase shortly after it ("said Tuesday", "told employees on
    // Thursday") and one before it ("In September, it announced"); further back the phrase
    // belongs to what was said ("said it will redeem … on Dec. 7").
    if classes.contains(.reporting) {
      return j > first || distance <= 4 ? .past : nil
    }
    // A present-tense clause ("it is calling for … on Dec. 7") points neither way.
    if classes.contains(.present) { return .unknown }
    // A regular "-ed" form right after a pronoun is a verb however far it lies ("who
    // stepped down as chairman … in March").
    let regularPast = edForm && (distance <= Self.edReach || previous.contains(.subjectPronoun))
    guard regularPast || classes.contains(.past) else { return nil }
    return .past
  }
}
