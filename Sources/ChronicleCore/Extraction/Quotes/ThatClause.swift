/// "An earlier report in a paper said that …", "Labor leaders point out that …", "the
/// families had mobilized, warning that …": a verb of saying right before "that" reports the
/// clause whatever its subject is, even one no rule recognises as a source. The clause is
/// the content; the speaker stays unknown unless the subject names one.
enum ThatClause {
  /// Whether "that" opens a clause right after the verb (past a time word, "said Friday
  /// that"), or after the one spoken to for a verb of telling ("told reporters that").
  static func follows(verb cue: Range<Int>, base: String, sentence: Range<Int>, _ p: TokenizedParagraph)
    -> Bool
  {
    let tokens = p.tokens
    var j = cue.upperBound
    while j < sentence.upperBound, !tokens[j].classes.isDisjoint(with: [.calendarWord, .contentTimeWord]) {
      j += 1
    }
    if ContentSpan.addressees.contains(base) {
      var k = j
      while k < min(sentence.upperBound, j + 5), tokens[k].lower != "that", tokens[k].kind == .word {
        k += 1
      }
      j = k
    }
    guard j + 1 < sentence.upperBound, tokens[j].lower == "that" else { return false }
    // "said that day", "denied that.": a demonstrative, not a clause. "remarks that were
    // shown", "rules that would allow": a noun with a relative clause.
    let next = tokens[j + 1]
    return (next.kind == .word || next.kind == .number || next.kind == .quote(opening: true))
      && next.classes.isDisjoint(with: [.calendarWord, .contentTimeWord])
      && !relativeVerbs.contains(next.lower)
  }

  /// Verbs that make the "that" before them a relative pronoun with no subject of its own.
  static let relativeVerbs: Set<String> = [
    "is", "was", "are", "were", "has", "have", "had", "would", "will", "could", "can", "may",
    "might", "should", "must", "did", "does",
  ]
}
