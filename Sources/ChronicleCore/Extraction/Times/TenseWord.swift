/// What a word may say about the tense of its clause: the lists above and the few words the
/// tense rules name, found with one lookup. `TimePhraseParser.tenseCue` asks about every word
/// within reach of every time phrase; one lookup there replaces four to six list lookups and
/// as many string comparisons. The lists stay the source of truth: the table is derived from
/// them.
struct TenseWord: OptionSet, Sendable {
  let rawValue: UInt16

  static let past = TenseWord(rawValue: 1 << 0)
  static let future = TenseWord(rawValue: 1 << 1)
  static let preview = TenseWord(rawValue: 1 << 2)
  static let edNonVerb = TenseWord(rawValue: 1 << 3)
  static let reporting = TenseWord(rawValue: 1 << 4)
  static let subjectPronoun = TenseWord(rawValue: 1 << 5)
  static let futureBeforeTo = TenseWord(rawValue: 1 << 6)
  /// "would", which points neither way ("would have": back).
  static let would = TenseWord(rawValue: 1 << 7)
  /// "was", "were": before "to" a future seen from the past, pointing neither way.
  static let wasOrWere = TenseWord(rawValue: 1 << 8)
  /// "set": back ("the record set on Aug. 6") or, before "for", ahead.
  static let set = TenseWord(rawValue: 1 << 9)
  /// "is", "are", "am": a present-tense clause, pointing neither way.
  static let present = TenseWord(rawValue: 1 << 10)
  /// "be", "being", "is", "are": a participle after one has no tense of its own.
  static let beforeParticiple = TenseWord(rawValue: 1 << 11)
}

extension TimeLexicon {
  static let tenseWords: WordTable<TenseWord> = {
    var table: [String: TenseWord] = [:]
    func add(_ words: some Sequence<String>, _ c: TenseWord) {
      for w in words { table[w, default: []].formUnion(c) }
    }
    add(pastWords, .past)
    add(futureWords, .future)
    add(previewVerbs, .preview)
    add(edNonVerbs, .edNonVerb)
    add(reportingWords, .reporting)
    add(subjectPronouns, .subjectPronoun)
    add(futureBeforeTo, .futureBeforeTo)
    add(["would"], .would)
    add(["was", "were"], .wasOrWere)
    add(["set"], .set)
    add(["is", "are", "am"], .present)
    add(["be", "being", "is", "are"], .beforeParticiple)
    return WordTable(table)
  }()
}
