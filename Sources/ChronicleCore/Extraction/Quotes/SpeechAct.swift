/// One act of reporting speech in a sentence: the cue ("said", "according to", "made it
/// clear"), who it belongs to, and the stretch of text it reports.
struct SpeechAct: Sendable, Equatable {
  /// Token range of the cue words.
  var cue: Range<Int>
  /// Registry position of the speaker, `nil` when the text names none we know.
  var speaker: Int?
  /// Token range of the reported content, when the act has one.
  var content: Range<Int>?
}

/// Finds the speech acts of a sentence from its speech verbs, "according to" and "in his
/// words", and marks out their content by the shape of the sentence.
enum SpeechActFinder {
  static func acts(
    in sentence: Range<Int>, of p: TokenizedParagraph, entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> [SpeechAct] {
    var acts: [SpeechAct] = []
    let tokens = p.tokens
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      if quoted(i) {
        i += 1
        continue
      }
      if let act = accordingTo(at: i, sentence: sentence, p, entities) {
        acts.append(act)
        i = act.cue.upperBound
        continue
      }
      guard let verb = SpeechVerbs.match(tokens, at: i, limit: sentence.upperBound),
        !isPassive(i, p), !isNounUse(i, p)
      else {
        i += 1
        continue
      }
      let cue = i..<(i + verb.length)
      let subject = SubjectFinder.subject(ofVerbAt: i, sentence: sentence, in: p, entities: entities)
        ?? inverted(after: cue.upperBound, sentence, p, entities)
      var speaker: Int?
      var subjectStart = i
      switch subject {
      case .actor(let a, let start)?:
        speaker = a
        subjectStart = start
      case .other(let start, let head)?:
        guard canSpeak(head, p, entities) else {
          i += 1
          continue
        }
        subjectStart = start
      case nil:
        i += 1
        continue
      }
      let word = tokens[i].lower
      if verb.length == 1, !SpeechVerbs.isPastForm(word), !word.hasSuffix("ing"), speaker == nil {
        // "claims", "hope", "dispute": as likely a noun; only a known speaker makes it a verb.
        i += 1
        continue
      }
      let content = ContentSpan.after(
        verb: cue, base: verb.base, sentence: sentence, p, quoted: quoted)
        ?? ContentSpan.before(subjectStart: subjectStart, sentence: sentence, p)
      acts.append(SpeechAct(cue: cue, speaker: speaker, content: content))
      i = cue.upperBound
    }
    return acts
  }

  /// Whether a subject that is no actor can still be a source: a person noun ("officials",
  /// "a spokesman"), a country or organisation, or a capitalised name ("The Post").
  private static func canSpeak(_ head: Int, _ p: TokenizedParagraph, _ entities: ParagraphEntities)
    -> Bool
  {
    let t = p.tokens[head]
    if SpeakerNouns.set.contains(t.lower) { return true }
    if entities.hasCountry(endingAt: head) { return true }
    return t.isCapitalized && !CommonWords.contains(t)
  }

  /// "According to X, …" and "…, according to X."
  private static func accordingTo(
    at i: Int, sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SpeechAct? {
    let tokens = p.tokens
    guard i + 2 < sentence.upperBound, tokens[i].lower == "according", tokens[i + 1].lower == "to"
    else { return nil }
    let mention = entities.actor(startingAt: i + 2)
    var afterSource = i + 2
    while afterSource < sentence.upperBound, !tokens[afterSource].isPunctuation(","),
      !isSentenceEnd(tokens[afterSource])
    {
      afterSource += 1
    }
    let content: Range<Int>?
    let start = firstWord(sentence, p)
    if i <= start + 1, afterSource < sentence.upperBound, tokens[afterSource].isPunctuation(",") {
      content = ContentSpan.trimmed((afterSource + 1)..<sentence.upperBound, p)
    } else if i > start, tokens[i - 1].isPunctuation(",") {
      content = ContentSpan.trimmed(start..<(i - 1), p)
    } else {
      content = nil
    }
    return SpeechAct(cue: i..<(i + 2), speaker: mention?.actor, content: content)
  }

  /// "…," said Rubio: the speaker after the verb.
  private static func inverted(
    after i: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> SubjectFinder.Subject? {
    guard i < sentence.upperBound, i >= 2 else { return nil }
    let before = p.tokens[i - 2]
    guard before.isPunctuation(",") || isClosingQuote(before) else { return nil }
    if let mention = entities.actor(startingAt: i) {
      return .actor(mention.actor, start: i)
    }
    return nil
  }

  /// "was told", "were asked": the subject is the one spoken to.
  private static func isPassive(_ i: Int, _ p: TokenizedParagraph) -> Bool {
    guard i >= 1 else { return false }
    var j = i - 1
    while j > 0, p.tokens[j].lower.hasSuffix("ly") { j -= 1 }
    let be = ["was", "were", "is", "are", "be", "been", "being"]
    return be.contains(p.tokens[j].lower) && p.tokens[i].lower != "quoted"
  }

  /// "the call", "a report", "his statement": a speech word used as a noun.
  private static func isNounUse(_ i: Int, _ p: TokenizedParagraph) -> Bool {
    guard i >= 1 else { return false }
    let before = p.tokens[i - 1]
    let determiners: Set<String> = [
      "a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those",
      "no", "any", "every", "each", "such", "to",
    ]
    if before.kind == .possessive { return true }
    if determiners.contains(before.lower) {
      // "to say" is an infinitive: it reports only after a subject we did not see.
      return true
    }
    return false
  }

  static func isSentenceEnd(_ t: Token) -> Bool {
    t.kind == .punctuation && (t.text == "." || t.text == "!" || t.text == "?")
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
