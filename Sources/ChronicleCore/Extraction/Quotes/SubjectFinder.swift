/// Finds who a speech verb belongs to: the actor right before it, past auxiliaries, adverbs
/// and a parenthetical in commas ("Rubio, in particular, has urged"), or a name in commas
/// after a role ("Another critic, Jane Doe, said"); for a participle after a comma ("…,
/// urging restraint", '"…," adding'), the subject of the sentence outside its quotes; for a
/// verb joined to an earlier one ("Roe shook her head and said"), that verb's subject.
enum SubjectFinder {
  enum Subject: Sendable, Equatable {
    /// An actor mention (registry position), with the token where the subject starts.
    case actor(Int, start: Int)
    /// A subject that is no actor of ours ("a source", "The U.S."): the speaker is unknown.
    /// `head` is its last token.
    case other(start: Int, head: Int)
  }

  static func subject(
    ofVerbAt v: Int, sentence: Range<Int>, in p: TokenizedParagraph, entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> Subject? {
    let tokens = p.tokens
    var j = v - 1
    var skippedComma = false
    while j >= sentence.lowerBound {
      let t = tokens[j]
      // An adverb ("has repeatedly said"), but not a name that ends like one ('…,” Kelly said').
      if t.kind == .word,
        t.classes.contains(.auxiliary) || t.lower.endsIn("ly") && mentionEnding(at: j, entities) == nil
      {
        j -= 1
        continue
      }
      if isParticiple(v, afterCommaAt: j, tokens) {
        return speakerOfVerb(before: j, sentence, p, entities, quoted: quoted)
          ?? sentenceSubject(before: v, sentence, p, entities, quoted: quoted)
      }
      if t.isPunctuation(","), !skippedComma {
        if let mention = mentionEnding(at: j - 1, entities), mention.tokens.lowerBound >= 1,
          tokens[mention.tokens.lowerBound - 1].isPunctuation(",")
        {
          return .actor(mention.actor, start: mention.tokens.lowerBound)
        }
        if let named = appositionSubject(closingAt: j, sentence, p, entities) { return named }
        // A parenthetical in commas: jump to the comma that opens it.
        var k = j - 1
        while k >= max(sentence.lowerBound, j - 14), !tokens[k].isPunctuation(",") { k -= 1 }
        guard k >= sentence.lowerBound, tokens[k].isPunctuation(",") else {
          // "Roe paused, then added": no parenthetical, the comma joins two verbs.
          guard tokens[j + 1].lower == "then" else { return nil }
          return subject(ofVerbAt: v, joinedAt: j, sentence, p, entities, quoted: quoted)
        }
        skippedComma = true
        j = k - 1
        continue
      }
      if t.isPunctuation(")") {
        var k = j - 1
        while k >= sentence.lowerBound, !tokens[k].isPunctuation("(") { k -= 1 }
        j = k - 1
        continue
      }
      // "Doe on Wednesday said", "Doe last week called" ("Theresa May said" is a name).
      if mentionEnding(at: j, entities) == nil,
        let start = timePhraseStart(endingAt: j, sentence, tokens)
      {
        j = start - 1
        continue
      }
      break
    }
    guard j >= sentence.lowerBound else { return nil }
    // "Doe unleashed tweets saying …", "the council issued a statement calling …", "…
    // while chanting": a participle after its verb's object speaks for the sentence's
    // subject, when the sentence opens with a name.
    if tokens[v].lower.endsIn("ing"), mentionEnding(at: j, entities) == nil,
      tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].classes.contains(.calendarWord),
      !tokens[j].classes.contains(.speakerNoun),
      let subject = openingSubject(before: v, sentence, p, entities, quoted: quoted)
    {
      return subject
    }
    // "Roe wrote a letter to Doe asking …", "Roe answered on Facebook writing …": a participle
    // after the object of "to", "on" or "at" speaks for the sentence's subject ("an account of
    // Doe telling …", "from Doe calling …" make the name the participle's own subject).
    if tokens[v].lower.endsIn("ing"), let object = mentionEnding(at: j, entities),
      let preposition = wordBefore(object, sentence, tokens),
      participleObjectPrepositions.contains(tokens[preposition].lower),
      let subject = openingSubject(before: v, sentence, p, entities, quoted: quoted)
    {
      return subject
    }
    // "Gov. Jane Roe of West Virginia said", "Chancellor Jane Roe of Germany said", "Jane Roe
    // of The Nation wrote": past the place, country or name the person is "of".
    if let owner = owner(ofNameEndingAt: j, sentence, p, entities) {
      return .actor(owner.actor, start: owner.tokens.lowerBound)
    }
    if let mention = mentionEnding(at: j, entities) ?? coordinated(before: j, sentence, p, entities) {
      return .actor(mention.actor, start: mention.tokens.lowerBound)
    }
    // "Doe survived five years in prison and says …", "…, but called it …".
    if tokens[j].lower == "and" || tokens[j].lower == "but",
      let subject = subject(ofVerbAt: v, joinedAt: j, sentence, p, entities, quoted: quoted)
    {
      return subject
    }
    if let owner = voiceOwner(ofNounAt: j, p, entities) {
      return .actor(owner.actor, start: owner.tokens.lowerBound)
    }
    if tokens[j].kind == .word, !CommonWords.contains(tokens[j]) || tokens[j].classes.contains(.speakerNoun) {
      var k = j
      while k > sentence.lowerBound, tokens[k - 1].kind == .word,
        !tokens[k - 1].isPunctuation(","), !tokens[k - 1].classes.contains(.speechVerb),
        j - k < 6
      {
        k -= 1
      }
      return .other(start: k, head: j)
    }
    return nil
  }

  /// "Ryan will meet Doe next week, Roe said, adding, …", "…, said Roe, noting …": a
  /// participle right after a speech verb and its speaker belongs to that speaker, not to the
  /// sentence's first name. `comma` is the comma before the participle.
  private static func speakerOfVerb(
    before comma: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> Subject? {
    let tokens = p.tokens
    guard tokens[comma].isPunctuation(","), comma - 1 > sentence.lowerBound else { return nil }
    let before = comma - 1
    if tokens[before].classes.contains(.speechVerb) {
      let speaker = subject(ofVerbAt: before, sentence: sentence, in: p, entities: entities, quoted: quoted)
      guard case .actor? = speaker else { return nil }
      return speaker
    }
    // Only right after a quote: "Doe endorsed Roe, saying" keeps its subject.
    guard let mention = mentionEnding(at: before, entities), case let verb = mention.tokens.lowerBound - 1,
      verb > sentence.lowerBound, tokens[verb].classes.contains(.speechVerb),
      tokens[verb - 1].isPunctuation(",") || SpeechActFinder.isClosingQuote(tokens[verb - 1])
    else { return nil }
    return .actor(mention.actor, start: mention.tokens.lowerBound)
  }

  /// "…, urging restraint", '"…," adding': an "-ing" verb right after a comma, or after a
  /// closing quote that follows one.
  private static func isParticiple(_ v: Int, afterCommaAt j: Int, _ tokens: [Token]) -> Bool {
    guard tokens[v].lower.endsIn("ing") else { return false }
    if tokens[j].isPunctuation(",") { return true }
    return j >= 1 && SpeechActFinder.isClosingQuote(tokens[j]) && tokens[j - 1].isPunctuation(",")
  }

  /// "Jane Doe, the attorney general of Utah, one of the states suing, said", "Jane Doe, 59,
  /// of Ashton, Md., who watched, said": the name before one or more commas, each opening an
  /// apposition, walking back from the comma at `j`.
  private static func appositionSubject(
    closingAt j: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> Subject? {
    let tokens = p.tokens
    var k = j - 1
    var commas = 0
    while k > sentence.lowerBound, j - k <= maxApposition, commas < 4 {
      if tokens[k].isPunctuation(",") {
        commas += 1
        // "Jane Roe, 22, of Flint, Mich., said": a place after "of" is no subject.
        if let mention = mentionEnding(at: k - 1, entities),
          !isObject(mention, sentence, p, entities)
        {
          return .actor(mention.actor, start: mention.tokens.lowerBound)
        }
      } else if SpeechActFinder.isSentenceEnd(tokens[k]) {
        return nil
      } else if case .quote = tokens[k].kind {
        // "Roe, the co-author of “Going Viral,” said": a short title in marks, passed over whole.
        guard let open = titleOpening(closingAt: k, sentence, tokens) else { return nil }
        k = open
      }
      k -= 1
    }
    return nil
  }

  /// "Jane Roe of (the) Acme Bank": the person named right before "of" and a capitalised name
  /// that ends at `j`.
  private static func owner(
    ofNameEndingAt j: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph,
    _ entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    var k = j
    while k > sentence.lowerBound, tokens[k].kind == .word, tokens[k].isCapitalized { k -= 1 }
    while k > sentence.lowerBound, tokens[k].classes.contains(.article) { k -= 1 }
    guard k < j, k > sentence.lowerBound, tokens[k].lower == "of",
      let owner = mentionEnding(at: k - 1, entities)
    else { return nil }
    return owner
  }

  /// The opening mark of a title of a few words whose closing mark is at `close`.
  private static func titleOpening(closingAt close: Int, _ sentence: Range<Int>, _ tokens: [Token])
    -> Int?
  {
    guard case .quote(opening: false) = tokens[close].kind else { return nil }
    var k = close - 1
    while k > max(sentence.lowerBound, close - maxTitle) {
      if case .quote(let opening) = tokens[k].kind { return opening ? k : nil }
      k -= 1
    }
    return nil
  }

  /// How many tokens a title in marks inside an apposition may take.
  private static let maxTitle = 8

  /// "Doe beamed and asked": the name before another verb in the past joined by "and" at `j`.
  private static func coordinated(
    before j: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    guard j - 2 >= sentence.lowerBound, tokens[j].lower == "and", tokens[j - 1].kind == .word,
      !tokens[j - 1].isCapitalized, SpeechVerbs.isPastForm(tokens[j - 1].lower)
    else { return nil }
    return mentionEnding(at: j - 2, entities)
  }

  /// "a Twitter spokesman", "the Heritage Foundation website", "Twitter's spokesman": the actor
  /// named right before a spokesperson or document noun at `j` (`SpeakerNouns.voices`). A
  /// pronoun ("her campaign") is no name: whose campaign it is stays unsure.
  static func voiceOwner(
    ofNounAt j: Int, _ p: TokenizedParagraph, _ entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    guard j >= 1, tokens[j].kind == .word, SpeakerNouns.voices.contains(tokens[j].lower) else {
      return nil
    }
    let end = tokens[j - 1].kind == .possessive ? j - 2 : j - 1
    guard end >= 0, let owner = mentionEnding(at: end, entities), !owner.isReference else {
      return nil
    }
    return owner
  }

  /// How many tokens the appositions between a name and its verb may take together.
  static let maxApposition = 32

  /// The actor mention whose last token is `j`; a possessive ("Roe's") never speaks.
  static func mentionEnding(at j: Int, _ entities: ParagraphEntities) -> ParagraphEntities.ActorMention? {
    entities.actor(endingAt: j)
  }

  /// The first actor of the sentence when it is its subject: it opens the sentence, or the
  /// clause after an opening phrase ("Following the meeting, the council …").
  static func openingSubject(
    before v: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> Subject? {
    guard let subject = sentenceSubject(before: v, sentence, p, entities, quoted: quoted),
      case .actor(_, let start) = subject
    else { return nil }
    var k = start
    // "Chancellor Jane Roe", "the Mexican President Jane Roe": titles before the name.
    while k > sentence.lowerBound, p.tokens[k - 1].classes.contains(.article)
      || isTitleWord(p.tokens[k - 1])
    {
      k -= 1
    }
    // "But Doe would not comment on …": a conjunction opening the sentence leaves its subject first.
    var first = SpeechActFinder.firstWord(sentence, p)
    while first < k, openingConjunctions.contains(p.tokens[first].lower) { first += 1 }
    guard k == first || p.tokens[k - 1].isPunctuation(",") else { return nil }
    return subject
  }

  /// "While Doe admitted that it would be “very hard” …", "When Doe wrapped up — “…” —": the
  /// subject of a clause that opens the sentence with a subordinator, for a quote inside that
  /// clause (with a comma between them, the quote is in the main clause, which has its own).
  static func subordinateSubject(
    before open: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph,
    _ entities: ParagraphEntities, quoted: (Int) -> Bool
  ) -> Subject? {
    let tokens = p.tokens
    var first = SpeechActFinder.firstWord(sentence, p)
    while first < open, openingConjunctions.contains(tokens[first].lower) { first += 1 }
    guard first < open, subordinators.contains(tokens[first].lower),
      let mention = entities.actors(in: (first + 1)..<open).first,
      !quoted(mention.tokens.lowerBound),
      ((first + 1)..<mention.tokens.lowerBound).allSatisfy({
        tokens[$0].classes.contains(.article) || isTitleWord(tokens[$0])
      }),
      tokens[mention.tokens.upperBound].kind != .possessive,
      !(mention.tokens.upperBound..<open).contains(where: { tokens[$0].isPunctuation(",") })
    else { return nil }
    return .actor(mention.actor, start: mention.tokens.lowerBound)
  }

  /// Words that open a clause before the main one ("While Doe …, the campaign …").
  private static let subordinators: Set<String> = [
    "while", "as", "when", "after", "before", "since", "although", "though", "because", "once",
    "until",
  ]

  /// A capitalised word of a title before a name ("Sen.", "Chancellor", "Mexican").
  static func isTitleWord(_ t: Token) -> Bool {
    t.kind == .word && t.isCapitalized && !CommonWords.contains(t)
      && !t.classes.contains(.calendarWord)
  }

  /// Where a time phrase that ends at `j` starts ("on Wednesday", "last week", "later
  /// Thursday"), or `nil` when the word at `j` is none.
  private static func timePhraseStart(endingAt j: Int, _ sentence: Range<Int>, _ tokens: [Token])
    -> Int?
  {
    var k = j
    while k >= sentence.lowerBound, tokens[k].kind == .word,
      !tokens[k].classes.isDisjoint(with: [.calendarWord, .contentTimeWord])
        || timeModifiers.contains(tokens[k].lower)
    {
      k -= 1
    }
    guard k < j else { return nil }
    if k >= sentence.lowerBound, tokens[k].lower == "on" { k -= 1 }
    return k + 1
  }

  /// Words that modify a time word before a verb ("late Thursday", "two weeks ago").
  private static let timeModifiers: Set<String> = ["late", "early", "ago", "next", "weeks", "days"]

  /// Conjunctions that may open a sentence before its subject.
  private static let openingConjunctions: Set<String> = ["but", "and", "yet", "so", "or"]
}
