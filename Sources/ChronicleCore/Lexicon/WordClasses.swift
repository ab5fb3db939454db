/// The word lists a token belongs to, found with one dictionary lookup when the token is made
/// (two for a capitalised word whose lower-case form is listed). The rules ask the same few
/// lists about every token many times over; testing a bit instead of hashing the word again
/// was the largest saving in extraction. The lists themselves stay the source of truth: the
/// table is derived from them.
struct WordClasses: OptionSet, Sendable {
  let rawValue: UInt32

  // Single-word lists, matched on the lower-case form.
  static let commonWord = WordClasses(rawValue: 1 << 0)
  static let pronoun = WordClasses(rawValue: 1 << 1)
  static let calendarWord = WordClasses(rawValue: 1 << 2)
  static let joiner = WordClasses(rawValue: 1 << 3)
  static let roleHead = WordClasses(rawValue: 1 << 4)
  static let speechVerb = WordClasses(rawValue: 1 << 5)
  /// In `TimeLexicon`: the time scanner looks only these words up.
  static let timeWord = WordClasses(rawValue: 1 << 6)
  /// "according", which opens "according to": every token is asked whether it opens a cue.
  static let according = WordClasses(rawValue: 1 << 7)
  /// `Titles.modifiers`, asked of the first word of every name chunk.
  static let titleModifier = WordClasses(rawValue: 1 << 14)
  /// "the", "a", "an", which may stand before a subject's or a speaker's name.
  static let article = WordClasses(rawValue: 1 << 15)

  // First words of the phrase lexicons (see `PhraseMatcher.start`).
  static let titleStart = WordClasses(rawValue: 1 << 8)
  static let idiomStart = WordClasses(rawValue: 1 << 9)
  static let organisationStart = WordClasses(rawValue: 1 << 10)
  static let placeStart = WordClasses(rawValue: 1 << 11)
  static let regionAdjectiveStart = WordClasses(rawValue: 1 << 12)
  static let countryStart = WordClasses(rawValue: 1 << 13)

  // Lists the quote rules test on the words around a speech verb.
  /// `SpeakerNouns.set`.
  static let speakerNoun = WordClasses(rawValue: 1 << 16)
  /// `SpeechActFinder.beForms`.
  static let beForm = WordClasses(rawValue: 1 << 17)
  /// `SpeechActFinder.determiners`.
  static let determiner = WordClasses(rawValue: 1 << 18)
  /// `SpeakerCue.auxiliaries`, passed over between a subject and its speech verb.
  static let auxiliary = WordClasses(rawValue: 1 << 19)
  /// `ContentSpan.timeWords` (not the time scanner's `timeWord`).
  static let contentTimeWord = WordClasses(rawValue: 1 << 20)
  /// `ContentSpan.framingPrepositions`.
  static let framingPreposition = WordClasses(rawValue: 1 << 21)
  /// `ContentSpan.closingPrepositions`.
  static let closingPreposition = WordClasses(rawValue: 1 << 22)
  /// `ContentSpan.subordinators`.
  static let subordinator = WordClasses(rawValue: 1 << 23)
  /// `UnnamedSource.determiners`: every word of a text paragraph is asked whether it opens
  /// the description of an unnamed speaker ("a senior official said").
  static let unnamedSourceOpener = WordClasses(rawValue: 1 << 24)
  /// The heads of a view reported without a speech verb: `NominalClaim.nouns` and `intents`,
  /// `StanceAdjective.adjectives` and the "asked" of `PassiveQuestion`. Each of those rules
  /// reads every word of every sentence; a bit test passes over the words no list holds.
  static let viewHead = WordClasses(rawValue: 1 << 25)
  /// `HedgedStatement.seeming` and "expected": a hedge ("seems to", "is expected to") turns
  /// on one of them, and every word of a sentence without a speech act is asked.
  static let hedgeVerb = WordClasses(rawValue: 1 << 26)

  /// The classes of a token's text.
  static func of(text: String, lower: String) -> WordClasses {
    let entry = table[lower]
    var classes = entry?.caseless ?? []
    if isContraction(lower) { classes.insert(.commonWord) }
    if text == lower {
      classes.formUnion(entry?.exact ?? [])
    } else if entry != nil, let exact = table[text]?.exact {
      classes.formUnion(exact)
    }
    return classes
  }

  /// "I'm", "We’ll", "They've", "Don't": a pronoun run into its auxiliary, or a verb into
  /// "not", capitalised only when it opens a sentence, never a name ("Sa'd" stays one).
  static func isContraction(_ lower: String) -> Bool {
    // Most words hold no apostrophe: one pass over their bytes (' is 27, ’ starts with E2).
    guard lower.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return false }
    let mark = lower.lastIndex { $0 == "'" || $0 == "\u{2019}" }
    guard let mark, mark != lower.startIndex else { return false }
    let stem = lower[..<mark]
    let ending = lower[lower.index(after: mark)...]
    if ending == "t" { return stem.hasSuffix("n") && stem.count > 1 }
    return contractionEndings.contains(String(ending)) && contractionStems.contains(String(stem))
  }

  private static let contractionEndings: Set<String> = ["m", "re", "ve", "ll", "d"]
  private static let contractionStems: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what",
  ]

  /// Each listed word with the classes it has in any case and those it has only as written.
  private static let table: WordTable<(caseless: WordClasses, exact: WordClasses)> = {
    var table: [String: (caseless: WordClasses, exact: WordClasses)] = [:]
    func add(_ words: some Sequence<String>, _ c: WordClasses) {
      for w in words { table[w, default: ([], [])].caseless.formUnion(c) }
    }
    func add<P>(_ matcher: PhraseMatcher<P>, _ c: WordClasses) {
      precondition(matcher.start == c, "a phrase matcher registered under another class")
      for w in matcher.firstWords {
        if matcher.caseSensitive {
          table[w, default: ([], [])].exact.formUnion(c)
          // Its lower-case form has an entry, even an empty one: `of` looks a capitalised
          // word up as written only when its lower-case form is in the table.
          if table[w.lowercased()] == nil { table[w.lowercased()] = ([], []) }
        } else {
          table[w, default: ([], [])].caseless.formUnion(c)
        }
      }
    }
    add(CommonWords.set, .commonWord)
    add(Pronouns.gender.keys, .pronoun)
    add(NameChunk.calendarWords, .calendarWord)
    add(NameChunk.joiners, .joiner)
    add(RoleDescription.heads, .roleHead)
    add(SpeechVerbs.forms.keys, .speechVerb)
    add(TimeLexicon.wordList.keys, .timeWord)
    add(["according"], .according)
    add(Titles.modifiers, .titleModifier)
    add(["the", "a", "an"], .article)
    add(SpeakerNouns.set, .speakerNoun)
    add(SpeechActFinder.beForms, .beForm)
    add(SpeechActFinder.determiners, .determiner)
    add(SpeakerCue.auxiliaries, .auxiliary)
    add(ContentSpan.timeWords, .contentTimeWord)
    add(ContentSpan.framingPrepositions, .framingPreposition)
    add(ContentSpan.closingPrepositions, .closingPreposition)
    add(ContentSpan.subordinators, .subordinator)
    add(UnnamedSource.determiners, .unnamedSourceOpener)
    add(NominalClaim.nouns.union(NominalClaim.intents), .viewHead)
    add(StanceAdjective.adjectives, .viewHead)
    add(["asked"], .viewHead)
    add(HedgedStatement.seeming, .hedgeVerb)
    add(["expected"], .hedgeVerb)
    add(Titles.matcher, .titleStart)
    add(SpeechVerbs.idiomMatcher, .idiomStart)
    add(Organisations.matcher, .organisationStart)
    add(PlaceLexicon.shared.matcher, .placeStart)
    add(PlaceLexicon.shared.adjectives, .regionAdjectiveStart)
    add(CountryLexicon.shared.matcher, .countryStart)
    return WordTable(table)
  }()
}
