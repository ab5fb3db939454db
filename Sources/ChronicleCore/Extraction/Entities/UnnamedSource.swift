/// "a senior Roe adviser said", "said one Ohio Democrat", "according to a person
/// close to the Does": a speaker the text describes without naming. The description names
/// who speaks, only not by name, so it becomes an actor of its own, named by the description as
/// written with its article in lower case (`Actor.isDescription`): never the named person inside
/// it ("Roe"), and never merged with another article's "a senior official".
enum UnnamedSource {
  /// Words that open an indefinite description of a speaker.
  static let determiners: Set<String> = [
    "a", "an", "one", "two", "another", "several",
  ]

  /// Person and role nouns that end a description of a speaker.
  static let heads: Set<String> = [
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "official", "officials",
    "source", "sources", "person", "people", "democrat", "democrats", "republican", "republicans",
    "strategist", "strategists", "supporter", "supporters", "voter", "voters", "delegate",
    "delegates", "member", "members", "staffer", "staffers", "operative", "operatives", "confidant",
    "confidante", "insider", "insiders", "attendee", "attendees", "veteran", "executive",
    "executives", "employee", "employees", "lawmaker", "lawmakers", "activist", "activists",
    "organizer", "organizers", "donor", "donors", "consultant", "consultants", "diplomat",
    "diplomats", "analyst", "analysts", "expert", "experts", "officer", "officers", "leader",
    "leaders", "resident", "residents", "worker", "workers", "man", "woman", "men", "women",
    "spokesman", "spokeswoman", "spokesperson", "representative", "ally", "allies", "friend",
    "friends", "critic", "critics", "fundraiser", "bundler", "pollster", "participant",
    "participants", "observer", "observers", "commenter", "user", "protester", "protesters",
  ]

  /// Words after the head that go on describing the speaker ("close to the Does",
  /// "familiar with the talks", "who asked not to be named", "on the panel", "from Ohio").
  private static let continuations: Set<String> = [
    "close", "familiar", "who", "involved", "inside", "with", "on", "in", "at", "from",
  ]

  /// How many words may stand between the determiner and the head.
  private static let modifierReach = 6
  /// How many tokens a continuation may take.
  private static let continuationReach = 14

  /// Whether a description may open at `i` (a determiner), all `range` needs to know of
  /// most words: asked first, it spares every other word of the paragraph the call.
  @inline(__always)
  static func mayOpen(at i: Int, in p: TokenizedParagraph) -> Bool {
    p.tokens[i].classes.contains(.unnamedSourceOpener) && p.tokens[i].kind == .word
  }

  /// The tokens of an unnamed speaker's description that opens at `i`, when a speech verb
  /// follows it (past an apposition in commas) or precedes it ("said a …", "according to a
  /// …"); `nil` otherwise. `isKnownName` tells whether capitalised words are an actor's
  /// name: "a Twitter spokesman" speaks for Twitter (`SubjectFinder.voiceOwner`), "a Chinese
  /// official" or "a NY1 representative" for no one named.
  static func range(
    at i: Int, in p: TokenizedParagraph, isKnownName: (Range<Int>) -> Bool
  ) -> Range<Int>? {
    let tokens = p.tokens
    guard mayOpen(at: i, in: p), !isObject(i, tokens) else { return nil }
    let sentenceEnd = p.sentence(containing: i).upperBound
    var h = i + 1
    while h < min(sentenceEnd, i + 1 + modifierReach), !isHead(h, tokens) {
      guard isModifier(tokens[h]) else { return nil }
      h += 1
    }
    guard h < sentenceEnd, isHead(h, tokens), !speaksForName(head: h, after: i, tokens, isKnownName)
    else { return nil }
    let afterHead = h + 1
    // "a fired staffer alleging that …" is no subject: a participle goes on with another clause.
    if let verb = SpeakerCue.verb(after: afterHead, in: p), !tokens[verb.at].lower.endsIn("ing") {
      return i..<afterHead
    }
    // "a senior official, who asked not to be named, said".
    if afterHead + 1 < sentenceEnd, tokens[afterHead].isPunctuation(","),
      tokens[afterHead + 1].lower == "who", SpeakerCue.followsApposition(afterHead, in: p)
    {
      return i..<afterHead
    }
    let continued = continuation(after: h, sentenceEnd: sentenceEnd, in: p)
    if let subjectEnd = continued.subjectEnd { return i..<subjectEnd }
    // An inverted cue: the description ends its clause ("said a Nevada Democrat.").
    guard SpeakerCue.precedes(i..<afterHead, in: p) else { return nil }
    let end = continued.clauseEnd ?? afterHead
    guard end >= sentenceEnd || tokens[end].kind == .punctuation || SpeechActFinder.isClosingQuote(tokens[end]) else {
      return nil
    }
    // "said another local resident, Tobias Wren": the name in commas after the role speaks.
    if end + 1 < sentenceEnd, tokens[end].isPunctuation(","), tokens[end + 1].isCapitalized { return nil }
    return i..<end
  }

  /// Where a continuation after the head at `h` ends: before the speech verb it is the
  /// subject of (`subjectEnd`), or at the end of its clause (`clauseEnd`).
  private static func continuation(after h: Int, sentenceEnd: Int, in p: TokenizedParagraph)
    -> (subjectEnd: Int?, clauseEnd: Int?)
  {
    let tokens = p.tokens
    let open = h + 1
    guard open < sentenceEnd, tokens[open].kind == .word, continuations.contains(tokens[open].lower)
    else { return (nil, nil) }
    let word = tokens[open].lower
    // "with knowledge of", "close to", "familiar with": only these phrases go on.
    if word == "with", open + 1 >= sentenceEnd || tokens[open + 1].lower != "knowledge" { return (nil, nil) }
    if word == "close", open + 1 >= sentenceEnd || tokens[open + 1].lower != "to" { return (nil, nil) }
    var k = open + 1
    var clauseHasVerb = false
    while k < min(sentenceEnd, open + continuationReach) {
      let t = tokens[k]
      guard t.kind == .word || t.kind == .possessive || t.kind == .number || t.isPunctuation("-")
      else { return (nil, k) }
      // "a man who asked not to be named said": the relative clause has a verb of its own
      // before the one the description is the subject of.
      // "… in the state primary": a word after an article is a noun, not the verb.
      if word != "who" || clauseHasVerb, !tokens[k - 1].classes.contains(.article),
        SpeakerCue.follows(k, in: p)
      {
        return (k, nil)
      }
      if t.kind == .word, !t.classes.contains(.auxiliary) { clauseHasVerb = true }
      k += 1
    }
    return (nil, k >= sentenceEnd ? sentenceEnd : nil)
  }

  /// Whether the token at `h` is a head: a person noun that is not the end of a compound
  /// modifier ("a four-man contest").
  private static func isHead(_ h: Int, _ tokens: [Token]) -> Bool {
    tokens[h].kind == .word && heads.contains(tokens[h].lower) && !tokens[h - 1].isPunctuation("-")
  }

  /// "a lawsuit filed by a fired staffer": a description after a preposition is its object
  /// ("according to" excepted, which names a source).
  private static func isObject(_ i: Int, _ tokens: [Token]) -> Bool {
    guard i >= 1, SubjectFinder.objectPrepositions.contains(tokens[i - 1].lower) else { return false }
    return !SpeakerCue.followsAccordingTo(i, tokens)
  }

  /// "a Twitter spokesman", "a Freedom Partners official": a spokesperson right after a known
  /// name speaks for that name (`SubjectFinder.voiceOwner`), not as someone unnamed.
  private static func speaksForName(
    head h: Int, after i: Int, _ tokens: [Token], _ isKnownName: (Range<Int>) -> Bool
  ) -> Bool {
    guard SpeakerNouns.voices.contains(tokens[h].lower) else { return false }
    var start = h
    while start - 1 > i, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
    return start < h && isKnownName(start..<h)
  }

  /// Words a description may hold before its head: adjectives, names and nouns ("senior",
  /// "New Mexico", "Roe campaign"), numbers, hyphens and possessives ("Roe's").
  private static func isModifier(_ t: Token) -> Bool {
    switch t.kind {
    // "a chorus of prominent Republicans", "an effort to disprove": a phrase, not a person.
    case .word:
      return !t.classes.contains(.speechVerb) && !t.classes.contains(.unnamedSourceOpener)
        && !SubjectFinder.objectPrepositions.contains(t.lower) && t.lower != "and"
    case .number, .possessive: return true
    case .punctuation: return t.isPunctuation("-")
    case .quote: return false
    }
  }

  /// The actor name of a description: its words as written, the determiner in lower case
  /// ("One Ohio Democrat" → "one Ohio Democrat").
  static func name(_ range: Range<Int>, in p: TokenizedParagraph) -> String {
    let text = p.text(tokens: range)
    let first = p.tokens[range.lowerBound]
    return first.lower + text.dropFirst(first.text.count)
  }

  /// Whether an actor name is a description made by `name(_:in:)`: its first word is one
  /// of the determiners, in lower case. Names never begin so ("de Blasio" begins with a
  /// particle, not a determiner).
  static func isDescription(_ name: String) -> Bool {
    // Every determiner is lower-case ASCII: any other first byte (a name) needs no search.
    guard let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
      let space = name.firstIndex(of: " ")
    else { return false }
    return determiners.contains(String(name[..<space]))
  }
}
