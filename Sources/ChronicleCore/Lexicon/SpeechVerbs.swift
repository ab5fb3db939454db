/// Verbs that report speech ("said", "told", "underscored", "made it clear"), in every form
/// news uses, with whether they usually take a "that"-clause or an object as their content.
enum SpeechVerbs {
  /// Base forms; inflections are derived.
  static let bases: [String] = [
    "say", "tell", "state", "add", "announce", "argue", "assert", "claim", "declare", "explain",
    "insist", "maintain", "note", "observe", "point out", "remark", "report", "reveal", "warn",
    "write", "tweet", "post", "suggest", "stress", "emphasize", "emphasise", "underscore",
    "underline", "reiterate", "repeat", "confirm", "deny", "acknowledge", "admit", "concede",
    "agree", "predict", "promise", "pledge", "vow", "threaten", "urge", "call", "demand",
    "ask", "question", "reply", "respond", "answer", "counter", "retort", "recall", "remind",
    "complain", "lament", "concede", "contend", "allege", "charge", "accuse", "blame",
    "criticize", "criticise", "praise", "welcome", "describe", "characterize", "estimate",
    "believe", "think", "feel", "fear", "hope", "expect", "caution", "advise", "recommend",
    "propose", "echo", "convey", "express", "voice", "signal", "indicate", "reckon", "figure",
    "joke", "quip", "mention", "disclose", "testify", "brief", "inform", "assure", "reassure",
    "boast", "brag", "conclude", "continue", "begin", "shout", "yell", "scream", "whisper",
    "mutter", "cry", "exclaim", "muse", "wonder", "acknowledge", "concur", "dispute", "reject",
    "rule out", "forecast", "project", "speculate", "surmise", "hint", "imply", "guarantee",
    "decry", "lambaste", "slam", "blast", "condemn", "dismiss", "downplay",
    "highlight", "ask", "plead", "beg", "implore", "order", "instruct", "direct", "wrote",
    "label", "brand", "dub", "term", "laud", "hail", "tout", "mock", "deride",
    "liken", "compare", "exhort", "sing", "chant", "scold", "identify", "rate", "rule", "show", "find",
  ] + stances

  /// Stances and their objects, which news reports like speech ("cited the study", "wants a
  /// recount", "declined to comment"); they report content but are never the cue of a quotation.
  static let stances: [String] = [
    "cite", "want", "plan", "support", "discuss", "endorse", "decline", "defend", "oppose",
    "unveil", "refuse", "seek", "see", "view", "attack",
  ] + stancesToward + knowing

  /// Stances toward someone or something that are acts, not words ("backed Doe", "thanked
  /// the crews"): they report their object only. Not "attack", whose words news quotes
  /// ("attacked Doe as a “failed candidate”").
  static let stancesToward: [String] = [
    "back", "favor", "favour", "prefer", "denounce", "thank", "applaud", "champion", "embrace",
  ]

  /// Verbs and phrases that report their content only: views, knowing, pointing to and
  /// stances toward someone. They never attribute a quotation in their sentence, nor make a
  /// short one after them a label of their subject ("aides know him as “Danny”", "Roe said
  /// that when Doe railed against banks, “she spoke for us”", "Obama backed her on CBS'
  /// “60 Minutes”").
  static func reportsContentOnly(_ base: String) -> Bool { contentOnlySet.contains(base) }

  /// Whether a verb form reports its content only (see `reportsContentOnly`).
  static func reportsContentOnly(_ t: Token) -> Bool {
    base(of: t).map { contentOnlySet.contains($0) } ?? false
  }

  private static let contentOnlySet = Set(knowing).union(regardingAs).union(objectPhrases)
    .union(stancesToward)

  /// Verbs of knowing and finding out, which report a view only before "that" ("knows that
  /// the vote is close", not "knows the city"). Not "prove" or "demonstrate": what proves
  /// is seldom a speaker ("last week proved that …").
  static let knowing: [String] = [
    "know", "recognize", "recognise", "realize", "realise", "learn", "suspect", "understand",
    "calculate", "hear", "imagine", "remember", "notice", "discover", "determine", "worry",
    "fret", "sense",
  ]

  /// Whether a verb form is a stance (see `stances`).
  static func isStance(_ t: Token) -> Bool {
    base(of: t).map { stanceSet.contains($0) } ?? false
  }

  /// Whether a base form is a stance (see `stances`).
  static func isStance(base: String) -> Bool { stanceSet.contains(base) }

  private static let stanceSet = Set(stances)

  /// Verbs whose present forms are never nouns ("says", "tells", "think"): a report even
  /// when the subject is no actor we know ("experts say", "Republicans believe").
  static let alwaysVerbs: Set<String> = [
    "say", "tell", "think", "believe", "argue", "insist", "contend", "explain", "acknowledge",
  ]

  /// Verbs that report speech only when they name what was said in quotation marks soon
  /// after ("called the plan “a disaster”", "lauded it as “a step forward”").
  static let naming: Set<String> = [
    "call", "label", "brand", "dub", "term", "laud", "hail", "tout", "mock", "deride",
    "liken", "compare", "exhort", "sing", "chant", "scold", "identify", "rate",
  ]

  /// How many words after a naming verb its quotation may open.
  static let namingReach = 12

  /// Whether a quotation opens within `namingReach` words after the naming verb at `i`, or
  /// opens the next sentence ("called him a master of the deal. “He showed …”").
  static func namesQuotation(after i: Int, _ tokens: [Token], limit: Int) -> Bool {
    var words = 0
    var j = i + 1
    while j < limit, words <= namingReach {
      if tokens[j].kind == .quote(opening: true) { return true }
      if tokens[j].kind == .word { words += 1 }
      j += 1
    }
    return limit < tokens.count && tokens[limit].kind == .quote(opening: true)
  }

  /// Words that make a following "name + claims/tweet" a noun phrase ("a Doe tweet", "of
  /// Republican claims").
  static let nounMarkers: Set<String> = [
    "a", "an", "of", "about", "on", "for", "with", "by", "from", "against", "over", "to",
  ]

  /// Forms that are irregular or not derived by the simple rules.
  static let irregular: [String: String] = [
    "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
    "telling": "tell", "wrote": "write", "written": "write", "writes": "write",
    "writing": "write", "thought": "think", "felt": "feel", "began": "begin", "begun": "begin",
    "forecast": "forecast", "cried": "cry", "replied": "reply", "implied": "imply",
    "testified": "testify", "denied": "deny", "quipped": "quip", "figured": "figure",
    "found": "find", "shown": "show", "sought": "seek", "saw": "see", "seen": "see",
    "knew": "know", "known": "know", "understood": "understand", "heard": "hear",
    "learnt": "learn",
  ]

  static let forms: [String: String] = {
    var result: [String: String] = irregular
    for base in bases {
      let words = base.split(separator: " ")
      let verb = String(words[0])
      let rest = words.dropFirst().map { " " + $0 }.joined()
      for form in inflections(of: verb) where result[form + rest] == nil {
        result[form + rest] = base
      }
    }
    return result
  }()

  /// A verb form's base with what `match` asks about the base, found in one lookup: hashing
  /// the base again into `needsParticle` and `naming` for every candidate verb cost more
  /// than finding the form.
  struct Form: Sendable {
    let base: String
    /// The words one of which must follow the verb (`needsParticle`), if any.
    let particles: Set<String>?
    /// Whether the verb reports speech only by naming a quotation (`naming`).
    let isNaming: Bool
    /// Whether the verb reports a view only with an "as" after it (`regardingAs`).
    let isRegarding: Bool
    /// The words after which the verb is a phrase of its own (`phraseParticles`), if any.
    let phraseParticles: Set<String>?
  }

  /// The form a token is ("urged" → "urge"). Inlined, so that asking about an array's token
  /// does not copy it, and looked up in a `WordTable`: it runs for every candidate verb.
  @inline(__always) static func form(of t: Token) -> Form? {
    t.classes.contains(.speechVerb) ? formTable[t.lower] : nil
  }

  /// The base of a token that is a verb form ("urged" → "urge").
  @inline(__always) static func base(of t: Token) -> String? { form(of: t)?.base }

  private static let formTable = WordTable(
    forms.mapValues {
      Form(
        base: $0, particles: needsParticle[$0], isNaming: naming.contains($0),
        isRegarding: regardingAs.contains($0), phraseParticles: phraseParticles[$0])
    })

  /// Whether a form is unambiguously a verb: a past form ("said", "urged") rather than one
  /// that doubles as a noun or adjective ("claims", "hope", "direct").
  static func isPastForm(_ word: String) -> Bool {
    if word.endsIn("ed") { return true }
    guard let base = irregular[word] else { return false }
    return base != word && !word.endsIn("s") && !word.endsIn("ing")
  }

  /// Verbs that news puts before their subject ("…, said Jane Roe."), and that take no person
  /// as object: after "…, told Roe" or "…, urged Roe" the name is the one spoken to.
  static let inverting: Set<String> = [
    "say", "add", "write", "note", "explain", "observe", "argue", "reply", "respond", "insist",
    "conclude", "recall", "remark", "declare", "continue", "predict", "acknowledge", "admit",
    "complain", "joke", "quip", "counter", "retort", "agree", "muse", "exclaim", "tweet",
  ]

  /// Evidence that "shows" or "finds" without a "that" ("polls show Doe ahead").
  static let evidenceNouns: Set<String> = [
    "poll", "polls", "polling", "survey", "surveys", "records", "data", "figures", "numbers",
    "study", "studies", "analysis", "research", "results", "documents", "emails", "email",
    "photos", "footage", "video", "search", "audit", "review", "report", "reports", "census",
  ]

  /// Verbs that need more than a noun to report speech ("called" only with "for"/"on").
  static let needsParticle: [String: Set<String>] = [
    "call": ["for", "on", "upon"],
    "post": ["that", "on"],
    "continue": [",", ":"],
    "rule": ["that"],
    "show": ["that"],
    "find": ["that"],
    "begin": [",", ":"],
  ].merging(knowing.map { ($0, ["that"]) }) { old, _ in old }

  /// Words after which a verb reports nothing but forms a phrase of its own ("backed down",
  /// "backed by the union", "claimed the lives of", "threatens the stability of").
  static let phraseParticles: [String: Set<String>] = [
    "back": ["down", "off", "away", "up", "out", "from", "into", "in", "on", "by", "at", "to"],
    "claim": ["the"],
    "threaten": ["the"],
  ]

  /// Verbs of regarding, which report a view only as "X as Y" ("sees him as a threat",
  /// "viewed the deal as a win"), not "saw the film". Not "regard": "regarding" is mostly a
  /// preposition.
  static let regardingAs: Set<String> = ["see", "view"]

  /// How many words after a verb of regarding its "as" may stand.
  static let regardingReach = 8

  /// Whether "as" follows the verb at `i` within `regardingReach` words, before any
  /// punctuation ("saw Doe, as expected" is no view).
  static func regardsAs(after i: Int, _ tokens: [Token], limit: Int) -> Bool {
    var j = i + 1
    while j < min(limit, i + 1 + regardingReach), tokens[j].kind == .word {
      if tokens[j].lower == "as" { return j > i + 1 }
      j += 1
    }
    return false
  }

  /// Fixed phrases that report speech, matched as a whole.
  static let idioms: [String] = [
    "made it clear", "make it clear", "makes it clear", "making it clear", "made clear",
    "made the case", "went on to say", "goes on to say", "pointed out", "points out",
    "spoke of", "is quoted as saying", "was quoted as saying", "were quoted as saying",
    "put it", "puts it", "weighed in", "chimed in", "laid out", "spelled out", "noted that",
    "took to twitter", "told reporters", "told the", "went on about", "goes on about",
    "going on about",
  ] + topicPhrases + objectPhrases

  /// Phrases that report their object ("pointed to the polls", "railed against the banks").
  static let objectPhrases: [String] = [
    "point out", "pointing out", "point to", "points to", "pointed to", "pointing to",
    "rail against", "rails against", "railed against", "railing against",
  ]

  /// Talk about a topic, which news reports like speech ("talked about the wall", "was
  /// referring to the debate"): the topic is the content.
  static let topicPhrases: [String] = [
    "talk about", "talks about", "talked about", "talking about", "speak about", "speaks about",
    "spoke about", "spoken about", "speaking about", "speaks of", "speaking of", "refer to",
    "refers to", "referred to", "referring to", "commented on", "comments on", "commenting on",
  ]

  /// Whether a cue's base is a topic phrase: a quotation after it is the topic ("talked about
  /// “Collapse”, the book"), not the words of the subject.
  static func isTopic(_ base: String) -> Bool { topicSet.contains(base) }

  private static let topicSet = Set(topicPhrases)

  static let idiomMatcher = PhraseMatcher(
    idioms.map { ($0, $0) }, caseSensitive: false, start: .idiomStart)

  private static func inflections(of verb: String) -> [String] {
    var out = [verb]
    let scalars = Array(verb.unicodeScalars)
    let last = scalars.last ?? "a"
    let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    if verb.hasSuffix("e") {
      out += [verb + "s", verb + "d", String(verb.dropLast()) + "ing"]
    } else if last == "y", scalars.count > 1, !vowels.contains(scalars[scalars.count - 2]) {
      out += [String(verb.dropLast()) + "ies", String(verb.dropLast()) + "ied", verb + "ing"]
    } else if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch")
      || verb.hasSuffix("x") || verb.hasSuffix("o")
    {
      out += [verb + "es", verb + "ed", verb + "ing"]
    } else {
      out += [verb + "s", verb + "ed", verb + "ing"]
      // Short verbs that double the last consonant: "quip" → "quipped".
      if scalars.count <= 4, scalars.count >= 3, !vowels.contains(last),
        vowels.contains(scalars[scalars.count - 2]), !vowels.contains(scalars[scalars.count - 3]),
        last != "w", last != "x", last != "y"
      {
        let doubled = verb + String(last)
        out += [doubled + "ed", doubled + "ing"]
      }
    }
    return out
  }
}

extension SpeechVerbs {
  /// The speech verb or idiom starting at token `i`: its length in tokens and base form.
  static func match(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, base: String)? {
    // A capitalised word is a name or a sentence opener ("Secretary of State", "Highlighting").
    guard i < limit, tokens[i].kind == .word, !tokens[i].isCapitalized else { return nil }
    if let idiom = idiomMatcher.match(tokens, at: i, limit: limit) {
      return (idiom.length, idiom.payload)
    }
    guard let form = form(of: tokens[i]) else { return nil }
    if let phrase = form.phraseParticles, i + 1 < limit, phrase.contains(tokens[i + 1].lower) { return nil }
    let particle = form.particles.map { i + 1 < limit && $0.contains(tokens[i + 1].lower) }
    if particle == true { return (1, form.base) }
    if form.isNaming || particle == false {
      guard form.isNaming, namesQuotation(after: i, tokens, limit: limit) else { return nil }
    }
    if form.isRegarding, !regardsAs(after: i, tokens, limit: limit) { return nil }
    return (1, form.base)
  }
}
