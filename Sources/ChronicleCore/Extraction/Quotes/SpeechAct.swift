/// One act of reporting speech in a sentence: the cue ("said", "according to", "made it
/// clear"), who it belongs to, and the stretch of text it reports.
struct SpeechAct: Sendable, Equatable {
  /// Token range of the cue words.
  var cue: Range<Int>
  /// Registry position of the speaker, `nil` when the text names none we know.
  var speaker: Int?
  /// Token range of the reported content, when the act has one.
  var content: Range<Int>?
  /// Where the subject starts (the cue itself when the text names no subject).
  var subjectStart: Int
  /// Whether the act may attribute a quotation in its sentence. Reports by a bare subject
  /// ("most say", "it said") or by evidence ("a poll, taken …, shows") give their content
  /// only: the quotation around them keeps the speaker its other cues give it.
  var attributesQuotations = true
}

/// Finds the speech acts of a sentence from its speech verbs, "according to" and "in his
/// words", and marks out their content by the shape of the sentence.
enum SpeechActFinder {
  static func acts(
    in sentence: Range<Int>, of p: TokenizedParagraph, entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> [SpeechAct] {
    var acts = PollFrame.act(opening: sentence, p, entities: entities).map { [$0] } ?? []
    let tokens = p.tokens
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      if !mayOpenCue(tokens[i]) || quoted(i) {
        i += 1
        continue
      }
      if let act = accordingTo(at: i, sentence: sentence, p, entities)
        ?? openingVerb(at: i, sentence: sentence, p, entities)
      {
        acts.append(act)
        i = act.cue.upperBound
        continue
      }
      let spoken = SpeechVerbs.match(tokens, at: i, limit: sentence.upperBound)
      guard let verb = spoken ?? evidenceShowing(at: i, sentence: sentence, p), !isPassive(i, p)
      else {
        i += 1
        continue
      }
      let cue = i..<(i + verb.length)
      let reportsClause = ThatClause.follows(verb: cue, base: verb.base, sentence: sentence, p)
      // "has to show that …", "led some to speculate that …": an infinitive before a
      // "that"-clause reports it.
      let infinitive = i > sentence.lowerBound && tokens[i - 1].lower == "to" && reportsClause
      guard !isNounUse(i, p) || infinitive else {
        i += 1
        continue
      }
      let commaBefore = i >= 1 && tokens[i - 1].isPunctuation(",")
      let afterCommaParticiple = commaBefore && tokens[i].lower.endsIn("ing")
      let afterComma = commaBefore && !afterCommaParticiple
      let invertedFirst = afterComma && SpeechVerbs.inverting.contains(verb.base)
        ? invertedClosing(after: cue.upperBound, sentence, p, entities) : nil
      let before = invertedFirst == nil
        ? SubjectFinder.subject(
          ofVerbAt: i, sentence: sentence, in: p, entities: entities, quoted: quoted)
        : nil
      let subject = invertedFirst ?? before
        ?? inverted(after: cue.upperBound, sentence, p, entities)
      var speaker: Int?
      var subjectStart = i
      var nounSubject = false
      // "voters support", "Republicans fear": people in the plural before the verb's base form.
      var pluralSpeakers = false
      var attributesQuotations = spoken.map {
        !SpeechVerbs.isTopic($0.base) && !SpeechVerbs.reportsContentOnly($0.base)
      }
        ?? SpeechVerbs.evidenceNouns.contains(tokens[i - 1].lower)
      let bare = BareSubject.start(ofVerbAt: i, sentence: sentence, p)
      // A subject no rule takes for a source, kept only because "that" follows the verb.
      var clauseOnly = false
      switch subject {
      case .actor(let a, let start)?:
        speaker = a
        subjectStart = start
      case .other(let start, let head)?:
        // "The actress said", "each side says": "say" and "tell" report whatever noun speaks.
        if canSpeak(start..<(head + 1), p, entities)
          || SpeechVerbs.alwaysVerbs.contains(verb.base) && isNounPhrase(start..<(head + 1), p)
        {
          subjectStart = start
          nounSubject = tokens[head].classes.contains(.speakerNoun)
          pluralSpeakers = verb.length == 1 && tokens[i].lower == verb.base && isPlural(tokens[head])
            && (nounSubject
              || tokens[head].isCapitalized && !entities.places.contains { $0.tokens.contains(head) })
        } else if EvidenceSubject.isEvidence(tokens[head]) {
          // "The records suggest …": evidence reports what it shows.
          subjectStart = start
          attributesQuotations = false
        } else if let bare {
          subjectStart = bare
          attributesQuotations = false
        } else if reportsClause {
          subjectStart = start
          attributesQuotations = false
          clauseOnly = true
        } else {
          i += 1
          continue
        }
      case nil:
        if let bare {
          subjectStart = bare
        } else if reportsClause {
          clauseOnly = true
        } else {
          i += 1
          continue
        }
        attributesQuotations = false
      }
      let word = tokens[i].lower
      let mayBeNoun = verb.length == 1 && !SpeechVerbs.isPastForm(word) && !word.endsIn("ing")
        && !SpeechVerbs.alwaysVerbs.contains(verb.base) && !infinitive
      let unknownSpeaker = speaker == nil && !(nounSubject && SpeechVerbs.needsParticle[verb.base] != nil)
        && !pluralSpeakers
      if mayBeNoun,
        clauseOnly || unknownSpeaker && bare == nil && !reportsClause || subjectStart > sentence.lowerBound
          && SpeechVerbs.nounMarkers.contains(tokens[subjectStart - 1].lower)
      {
        // "claims", "hope", "dispute": as likely a noun; only a known speaker ("Doe claims"),
        // a pronoun or a share of people ("they hope", "most support"), a source noun with
        // the particle the verb needs ("a poll shows that") or before a "that"-clause
        // ("strategists fear that") makes it a verb, unless an article or preposition makes
        // the name a modifier ("a Doe tweet"). "Amid fears that" stays a noun.
        i += 1
        continue
      }
      if mayBeNoun, unknownSpeaker || pluralSpeakers { attributesQuotations = false }
      // '"…," said Rubio': what follows the name is no content of the verb. "The plan, Doe
      // said, will fail": the sentence around the aside is.
      // "Doe said …, adding …": the participle of the act before reports only what follows it.
      if speaker != nil, acts.last?.speaker == speaker, afterCommaParticiple {
        let content = ContentSpan.after(verb: cue, base: verb.base, sentence: sentence, p, quoted: quoted)
        acts.append(
          SpeechAct(
            cue: cue, speaker: speaker, content: content, subjectStart: subjectStart,
            attributesQuotations: attributesQuotations))
        i = cue.upperBound
        continue
      }
      // A stance reports its object only: "…, Doe said" has its content before the subject,
      // "… and back Doe" has none there.
      let content =
        Aside.content(subjectStart: subjectStart, cue: cue, sentence: sentence, p) ?? (before == nil && bare == nil
        && !clauseOnly
        ? ContentSpan.before(subjectStart: i, sentence: sentence, p)
        : ContentSpan.after(verb: cue, base: verb.base, sentence: sentence, p, quoted: quoted)
          ?? (spoken != nil && SpeechVerbs.isStance(tokens[i])
            ? nil : ContentSpan.before(subjectStart: subjectStart, sentence: sentence, p)))
      acts.append(
        SpeechAct(
          cue: cue, speaker: speaker, content: content, subjectStart: subjectStart,
          attributesQuotations: attributesQuotations))
      i = cue.upperBound
    }
    return acts
  }

  /// Whether a cue can start at a token: a speech verb or idiom ("said", "made it clear"),
  /// or "according". Most tokens are none, and are passed over before any of the checks.
  private static func mayOpenCue(_ t: Token) -> Bool {
    !t.classes.isDisjoint(with: [.speechVerb, .idiomStart, .according])
  }

  /// Whether a subject that is no actor can still be a source: a person noun ("officials",
  /// "a spokesman"), a country or organisation, or a capitalised name ("The Post"), also as
  /// the head of a longer phrase ("experts on nuclear proliferation", "a spokesman for the
  /// utility").
  private static func canSpeak(
    _ subject: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> Bool {
    let head = subject.upperBound - 1
    let t = p.tokens[head]
    if t.classes.contains(.speakerNoun) { return true }
    if entities.countries.contains(where: { $0.tokens.upperBound - 1 == head }) { return true }
    if t.isCapitalized && !CommonWords.contains(t) { return true }
    return subject.dropLast().contains { k in
      p.tokens[k].classes.contains(.speakerNoun) && headPrepositions.contains(p.tokens[k + 1].lower)
    }
  }

  /// A phrase headed by a lower-case noun (no function word, adverb or verb form) with no
  /// preposition in it: "Doe at the time said" has a subject before the phrase.
  private static func isNounPhrase(_ phrase: Range<Int>, _ p: TokenizedParagraph) -> Bool {
    let t = p.tokens[phrase.upperBound - 1]
    guard t.kind == .word, !t.isCapitalized, !CommonWords.contains(t), !t.lower.endsIn("ly"),
      !t.lower.endsIn("ed"), !t.classes.contains(.speechVerb), !t.classes.contains(.auxiliary)
    else { return false }
    return !phrase.dropLast().contains { headPrepositions.contains(p.tokens[$0].lower) }
  }

  /// Whether a noun is plural by its ending ("voters", "Democrats"; not "press", "news" is).
  private static func isPlural(_ t: Token) -> Bool {
    t.kind == .word && t.lower.endsIn("s") && !t.lower.endsIn("ss")
  }

  /// Prepositions after which a phrase qualifies the noun before them ("experts on …").
  private static let headPrepositions: Set<String> = ["on", "of", "at", "for", "from", "in", "with", "to"]

  /// "According to X, …" and "…, according to X."
  private static func accordingTo(
    at i: Int, sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SpeechAct? {
    let tokens = p.tokens
    guard i + 2 < sentence.upperBound, tokens[i].classes.contains(.according), tokens[i + 1].lower == "to"
    else { return nil }
    var afterSource = i + 2
    while afterSource < sentence.upperBound, !tokens[afterSource].isPunctuation(","),
      !isSentenceEnd(tokens[afterSource])
    {
      afterSource += 1
    }
    let mention = InvertedSubject.mention(at: i + 2, limit: sentence.upperBound, in: p, entities: entities)
      ?? documentMaker(in: (i + 2)..<afterSource, p, entities)
    let content: Range<Int>?
    let start = firstWord(sentence, p)
    if i <= start + 1, afterSource < sentence.upperBound, tokens[afterSource].isPunctuation(",") {
      content = ContentSpan.trimmed((afterSource + 1)..<sentence.upperBound, p)
    } else if i > start, tokens[i - 1].isPunctuation(",") {
      content = ContentSpan.trimmed(start..<(i - 1), p)
    } else if i > start, afterSource >= sentence.upperBound || isSentenceEnd(tokens[afterSource]) {
      // "Doe said in a statement according to the Blaze.": the source closes the sentence.
      content = ContentSpan.trimmed(start..<i, p)
    } else {
      content = nil
    }
    return SpeechAct(cue: i..<(i + 2), speaker: mention?.actor, content: content, subjectStart: i)
  }

  /// "according to an Acme News account", "… to Acme pool reports", "… to a report by the
  /// Post", "… to audio provided by Acme Radio": the one who made the document a report
  /// cites, named as its modifier or after "by" or "from".
  private static func documentMaker(
    in source: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    guard source.count >= 3 else { return nil }
    let opening = p.tokens[source.lowerBound].classes.contains(.article)
      ? source.lowerBound + 1 : source.lowerBound
    for mention in entities.actors(in: source) {
      var k = mention.tokens.lowerBound - 1
      while k > source.lowerBound, p.tokens[k].classes.contains(.article) { k -= 1 }
      let before = p.tokens[k]
      let end = mention.tokens.upperBound
      if before.lower == "by" || before.lower == "from" { return mention }
      // Without an article, the name modifies only a record or a voice that ends the source.
      let modifier = mention.tokens.lowerBound == opening && end < source.upperBound
        && p.tokens[end].kind == .word
        && (opening > source.lowerBound || isDocument(p.tokens[source.upperBound - 1]))
      if modifier { return mention }
    }
    return nil
  }

  /// A noun for a record of what was said ("reports", "memo", "a statement").
  private static func isDocument(_ t: Token) -> Bool {
    SpeakerNouns.voices.contains(t.lower) || SpeechVerbs.evidenceNouns.contains(t.lower)
  }

  /// "Said Doe: “…”": a sentence that opens with a verb of saying and the speaker's name.
  private static func openingVerb(
    at i: Int, sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SpeechAct? {
    let t = p.tokens[i]
    guard t.isCapitalized, i == firstWord(sentence, p), SpeechVerbs.irregular[t.lower] == "say",
      let mention = InvertedSubject.mention(at: i + 1, limit: sentence.upperBound, in: p, entities: entities)
    else { return nil }
    return SpeechAct(cue: i..<(i + 1), speaker: mention.actor, content: nil, subjectStart: mention.tokens.lowerBound)
  }

  /// "…," said Rubio: the speaker after the verb ("…, claiming Acme is a fraud" names the
  /// participle's object).
  private static func inverted(
    after i: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SubjectFinder.Subject? {
    guard i < sentence.upperBound, i >= 2, !p.tokens[i - 1].lower.endsIn("ing") else { return nil }
    let before = p.tokens[i - 2]
    guard before.isPunctuation(",") || isClosingQuote(before) else { return nil }
    if let mention = InvertedSubject.mention(at: i, limit: sentence.upperBound, in: p, entities: entities) {
      return .actor(mention.actor, start: mention.tokens.lowerBound)
    }
    return nil
  }

  /// "…, said Ohio State professor Jane Roe.": a name right after a verb that follows a
  /// comma, ending the clause, is its subject whatever stands before the comma ("…, said
  /// Roe has" is a clause of its own).
  private static func invertedClosing(
    after i: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SubjectFinder.Subject? {
    guard case .actor(let actor, let start)? = inverted(after: i, sentence, p, entities),
      let mention = entities.actor(startingAt: start)
    else { return nil }
    let end = mention.tokens.upperBound
    guard end >= sentence.upperBound || p.tokens[end].kind == .punctuation else { return nil }
    return .actor(actor, start: start)
  }

  /// "Polls show Doe ahead", "the records showed": "show" and "find" report without "that"
  /// when evidence is their subject.
  private static func evidenceShowing(at i: Int, sentence: Range<Int>, _ p: TokenizedParagraph)
    -> (length: Int, base: String)?
  {
    guard i > sentence.lowerBound, let base = SpeechVerbs.base(of: p.tokens[i]),
      base == "show" || base == "find", EvidenceSubject.heads(verbAt: i, sentence: sentence, p)
    else { return nil }
    return (1, base)
  }

  /// "was told", "were asked": the subject is the one spoken to ("is calling" is active).
  private static func isPassive(_ i: Int, _ p: TokenizedParagraph) -> Bool {
    guard i >= 1, !p.tokens[i].lower.endsIn("ing") else { return false }
    var j = i - 1
    while j > 0, p.tokens[j].lower.endsIn("ly") { j -= 1 }
    return p.tokens[j].classes.contains(.beForm) && p.tokens[i].lower != "quoted"
  }

  static let beForms: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

  /// Words that make the speech word after them a noun (or, for "to", an infinitive).
  static let determiners: Set<String> = [
    "a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "no", "any", "every", "each", "such", "to",
  ]

  /// "the call", "a report", "his statement", "the state's party": a speech word used as a
  /// noun.
  private static func isNounUse(_ i: Int, _ p: TokenizedParagraph) -> Bool {
    if i + 1 < p.tokens.count, p.tokens[i + 1].kind == .possessive { return true }
    guard i >= 1 else { return false }
    let before = p.tokens[i - 1]
    if before.kind == .possessive { return true }
    if before.classes.contains(.determiner) {
      // "to say" is an infinitive: it reports only after a subject we did not see.
      return true
    }
    return false
  }

  static func isSentenceEnd(_ t: Token) -> Bool {
    t.isPunctuation(".") || t.isPunctuation("!") || t.isPunctuation("?")
  }

  static func isClosingQuote(_ t: Token) -> Bool {
    if case .quote(opening: false) = t.kind { return true }
    return false
  }

  static func firstWord(_ sentence: Range<Int>, _ p: TokenizedParagraph) -> Int {
    var i = sentence.lowerBound
    while i < sentence.upperBound, p.tokens[i].kind != .word { i += 1 }
    return i
  }
}
