/// Finds the quotes of a document paragraph by paragraph: words in quotation marks with their
/// speaker (`direct`), and reported speech with its content (`indirect`).
///
/// A quote with no cue of its own takes the speaker of its neighbours, as news writes them:
/// the quote before it in the paragraph ('"A," Doe said. "B."'), else the one after it, else
/// the last speech act before it in the paragraph. A paragraph that opens with a quote goes on
/// with the speaker of a quote left open at the end of the paragraph before, or of one that
/// ended by introducing it ("Doe continued:"). A paragraph that is one quote goes on with the
/// speaker the paragraph before ends with: the one of its last sentence's speech acts, else
/// that sentence's subject, or the speaker of a one-quote paragraph. A transcript label
/// ("PENCE: …") speaks every quote of its paragraph that has no cue of its own.
struct QuoteExtractor: Sendable {
  struct Found: Sendable, Equatable {
    var kind: QuoteKind
    var start: Int
    var end: Int
    var speaker: Int?
    var cue: String?
    /// The token where the quote starts, for grouping into sentences.
    var token: Int
  }

  /// The attribution a paragraph hands to a quote that opens the next one.
  private var handedOver: QuoteAttribution?

  /// The one speaker of the last sentence of the paragraph before ("Doe said that …", "Doe
  /// praised the plan."), or of a paragraph before that was a single quote, for a paragraph
  /// that is a single quote with no cue of its own.
  private var lastReported: QuoteAttribution?

  /// Whether the paragraph before was one quote and nothing else, which a signature line
  /// after it may sign.
  private var lastWasOneQuote = false

  /// Quotes of two words or fewer with no cue of their own are scare quotes, not speech.
  static let minimumUnattributedWords = 3

  mutating func extract(_ p: TokenizedParagraph, entities named: ParagraphEntities) -> [Found] {
    let entities = named.withDescriptions()
    let stretches = QuoteMarks.stretches(in: p)
    let inside = QuotedTokens(stretches: stretches, p: p)
    let acts: [QuoteSpeaker.SentenceActs] = p.sentences.map { sentence in
      (sentence, SpeechActFinder.acts(in: sentence, of: p, entities: entities, quoted: inside.contains))
    }
    let carried = handedOver
    handedOver = nil
    let quotationActs = Self.attributingQuotations(acts)
    let reportedBefore = lastReported
    lastReported = Self.closingSpeaker(acts: acts, p, entities, quoted: inside.contains)
    let own = stretches.map {
      QuoteSpeaker.attribution(of: $0, in: p, entities: entities, acts: quotationActs)
    }
    let label = TranscriptLabel.attribution(in: p, entities: entities)
    // The paragraph is one quote and nothing else.
    let isOneQuote = stretches.count == 1 && Self.isWhole(stretches[0], p)
    var found: [Found] = []
    var lastAttribution: QuoteAttribution?
    for (n, var stretch) in stretches.enumerated() {
      let range = inside.tokenRanges[n]
      let words = range.reduce(0) { $0 + (p.tokens[$1].kind == .word ? 1 : 0) }
      if WorkTitle.isTitle(range, in: p) || MarkupValue.isValue(stretch, in: p) { continue }
      let subject = Self.subject(ofSentenceAround: stretch, p, entities, quoted: inside.contains)
      var reporter: QuoteAttribution?
      if own[n] == nil, words < Self.minimumUnattributedWords {
        // 'Doe cited “Obama-Clinton” policies', 'Doe hailed the deal as a “breakthrough”':
        // a short quote after a name and a word of saying or an "as" in its sentence is that
        // name's word, not a scare quote; so it is after a word of saying whose own subject
        // is a name ('The board balked after Doe cited “runaway” costs').
        let verb = Self.reportingVerb(before: range.lowerBound, p)
        if subject == nil {
          reporter = verb.flatMap { Self.actor(speaking: $0, p, entities, quoted: inside.contains) }
          if reporter == nil { continue }
        } else if verb == nil, !Characterization.labels(stretch, in: p) {
          continue
        }
      }
      if let label, range.lowerBound < label.contentStart, label.contentStart < p.tokens.count {
        stretch.start = max(stretch.start, p.tokens[label.contentStart].start)
      }
      let attribution = own[n]
        ?? label.map { QuoteAttribution(speaker: $0.speaker, cue: ":") }
        ?? (n == 0 && stretch.open == 0 ? carried : nil)
        ?? Self.neighbour(of: n, own)
        ?? subject ?? reporter
        ?? Self.lastSpeaker(before: range.lowerBound, quotationActs)
        ?? (isOneQuote ? reportedBefore : nil)
      found.append(
        Found(
          kind: .direct, start: stretch.start, end: stretch.end, speaker: attribution?.speaker,
          cue: attribution?.cue, token: range.lowerBound))
      if stretch.close == nil { handedOver = attribution }
      // '… Doe said. ¶ “A.” ¶ “B.”': a paragraph that is one quote of that speaker hands them
      // on to the next paragraph that is one quote.
      if isOneQuote, attribution?.speaker != nil {
        lastReported = QuoteAttribution(speaker: attribution?.speaker, cue: nil)
      }
      lastAttribution = attribution
    }
    if handedOver == nil {
      handedOver = Introduction.attribution(endingParagraph: p, acts: quotationActs, entities: entities)
    }
    if handedOver == nil, let last = stretches.last, let close = last.close,
      let attribution = lastAttribution, attribution.speaker != nil,
      own.contains(where: { $0 != nil }),
      p.sentenceIndex(containing: close) == p.sentences.count - 1
    {
      // '"A," Doe said. "B." ¶ "C."': a paragraph that attributes its quotes and ends with
      // one hands its speaker to a quote that opens the next one with no cue of its own.
      handedOver = attribution
    }
    let headline = HeadlineSpeech.act(in: p, entities: entities).map { [$0] } ?? []
    // Sentences with no speech act of their own may still report a view without a verb.
    let hedged = acts.compactMap { sentence, sentenceActs in
      sentenceActs.isEmpty ? HedgedStatement.act(in: sentence, p, quoted: inside.contains) : nil
    }
    // Claims, questions put to someone and states of mind report whatever else the sentence
    // does. Each opens at a word of `viewHead`: a sentence with none is asked nothing more.
    let framed = acts.flatMap { sentence, _ -> [SpeechAct] in
      guard Self.holdsViewHead(sentence, p) else { return [] }
      return [
        NominalClaim.act(in: sentence, p, entities: entities, quoted: inside.contains),
        PassiveQuestion.act(in: sentence, p, quoted: inside.contains),
        StanceAdjective.act(in: sentence, p, entities: entities, quoted: inside.contains),
      ].compactMap { $0 }
    }
    for sentenceActs in acts.map(\.acts) + [headline, hedged, framed] {
      for act in sentenceActs {
        guard let content = act.content, !CueAfterQuotation.isAddressee(act, content: content, p)
        else { continue }
        let start = p.tokens[content.lowerBound].start
        let end = p.tokens[content.upperBound - 1].end
        // "Doe reports that …" is a verb and a noun of saying: one report.
        if inside.coverage(start, end) > 0.5
          || found.contains(where: { $0.kind == .indirect && $0.start == start && $0.end == end })
        {
          continue
        }
        found.append(
          Found(
            kind: .indirect, start: start, end: end, speaker: act.speaker,
            cue: p.text(tokens: act.cue), token: content.lowerBound))
      }
    }
    lastWasOneQuote = isOneQuote && found.count == 1 && found[0].kind == .direct
    return found.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// Whether a word of the sentence has the class `viewHead` (`NominalClaim`,
  /// `PassiveQuestion`, `StanceAdjective`).
  private static func holdsViewHead(_ sentence: Range<Int>, _ p: TokenizedParagraph) -> Bool {
    for i in sentence where p.tokens[i].classes.contains(.viewHead) { return true }
    return false
  }

  /// '“We will not give up.” ¶ - Jane Roe, a nurse.': who a paragraph that is a dash
  /// signature signs, when the paragraph before it was one quote; that quote is theirs
  /// whatever its neighbours said. Asked before `extract` reads the paragraph.
  func signer(of p: TokenizedParagraph, entities: ParagraphEntities) -> Int? {
    lastWasOneQuote ? QuoteDash.signatureLine(p, entities: entities) : nil
  }

  /// Who the paragraph's last sentence gives a quote that makes up the next paragraph: the
  /// sole speaker of its speech acts, or, when they name no one, its subject ('Doe praised
  /// the plan. ¶ “It is the best we have.”', 'Doe was quick to add that … ¶ “…”': news ends
  /// a paragraph with the speaker's act and quotes them in the next).
  private static func closingSpeaker(
    acts: [QuoteSpeaker.SentenceActs], _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> QuoteAttribution? {
    guard let last = acts.last else { return nil }
    if last.acts.contains(where: { $0.speaker != nil }) { return soleSpeaker(of: last.acts) }
    guard case .actor(let speaker, _)? = SubjectFinder.openingSubject(
      before: last.sentence.upperBound, last.sentence, p, entities, quoted: quoted)
    else { return nil }
    return QuoteAttribution(speaker: speaker, cue: nil)
  }

  /// 'Doe said critics were wrong. ¶ “Nobody wants it.”': the speaker of a sentence whose
  /// first speech act names an actor and whose other acts name no other one.
  private static func soleSpeaker(of acts: [SpeechAct]) -> QuoteAttribution? {
    guard let speaker = acts.first?.speaker,
      acts.allSatisfy({ $0.speaker == nil || $0.speaker == speaker })
    else { return nil }
    return QuoteAttribution(speaker: speaker, cue: nil)
  }

  /// Whether a quoted stretch is the whole paragraph: it opens it and only punctuation
  /// follows its closing mark.
  private static func isWhole(_ stretch: QuoteMarks.Stretch, _ p: TokenizedParagraph) -> Bool {
    guard stretch.open == 0, let close = stretch.close else { return false }
    return p.tokens[(close + 1)...].allSatisfy { $0.kind == .punctuation }
  }

  /// The acts that may attribute a quotation (see `SpeechAct.attributesQuotations`).
  private static func attributingQuotations(_ acts: [QuoteSpeaker.SentenceActs]) -> [QuoteSpeaker.SentenceActs] {
    guard acts.contains(where: { $0.acts.contains { !$0.attributesQuotations } }) else { return acts }
    return acts.map { (sentence: $0.sentence, acts: $0.acts.filter(\.attributesQuotations)) }
  }

  /// The nearest attributed quote of the paragraph that names its speaker: before, else after.
  private static func neighbour(of n: Int, _ own: [QuoteAttribution?]) -> QuoteAttribution? {
    own[..<n].last { $0?.speaker != nil } ?? own[(n + 1)...].first { $0?.speaker != nil } ?? nil
  }

  /// "Doe on Monday called the plan “a disaster”": a quote inside a sentence whose subject
  /// is a name speaks for it, whatever the verb; so does one inside an opening clause
  /// ("While Doe admitted that it was “very hard”, …").
  private static func subject(
    ofSentenceAround stretch: QuoteMarks.Stretch, _ p: TokenizedParagraph,
    _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> QuoteAttribution? {
    guard let open = stretch.open, case let sentence = p.sentence(containing: open),
      open > SpeechActFinder.firstWord(sentence, p),
      case .actor(let speaker, _)? = SubjectFinder.openingSubject(
        before: open, sentence, p, entities, quoted: quoted)
        ?? SubjectFinder.subordinateSubject(before: open, sentence, p, entities, quoted: quoted)
    else { return nil }
    return QuoteAttribution(speaker: speaker, cue: nil)
  }

  /// The last active word of saying or stance in the sentence before a token ("cited",
  /// "portraying"; not "has been called", nor "knows" or "sees").
  private static func reportingVerb(before token: Int, _ p: TokenizedParagraph) -> Int? {
    let sentence = p.sentence(containing: token)
    return (sentence.lowerBound..<token).last { k in
      p.tokens[k].classes.contains(.speechVerb) && !p.tokens[k].isCapitalized
        && !SpeechVerbs.reportsContentOnly(p.tokens[k])
        && (k == sentence.lowerBound || !p.tokens[k - 1].classes.contains(.beForm))
    }
  }

  /// The actor that is the subject of the word of saying at `verb`, found as speech acts find
  /// theirs; `nil` when the subject is no actor of ours. Most such sentences name no actor
  /// before the verb, which is asked first: it is one search of the sorted mentions.
  private static func actor(
    speaking verb: Int, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    quoted: (Int) -> Bool
  ) -> QuoteAttribution? {
    let sentence = p.sentence(containing: verb)
    guard !entities.actors(in: sentence.lowerBound..<verb).isEmpty,
      case .actor(let speaker, _)? = SubjectFinder.subject(
      ofVerbAt: verb, sentence: sentence, in: p, entities: entities, quoted: quoted)
    else { return nil }
    return QuoteAttribution(speaker: speaker, cue: nil)
  }

  /// The speaker of the last speech act before a token in the paragraph.
  private static func lastSpeaker(before token: Int, _ acts: [QuoteSpeaker.SentenceActs])
    -> QuoteAttribution?
  {
    for (_, sentenceActs) in acts.reversed() {
      if let act = sentenceActs.last(where: { $0.cue.upperBound <= token && $0.speaker != nil }) {
        return QuoteAttribution(speaker: act.speaker, cue: nil)
      }
    }
    return nil
  }
}

/// "Doe continued:", "The Post reports:": a paragraph whose last sentence is a speech act
/// ending in a colon introduces the quote that opens the next paragraph.
enum Introduction {
  static func attribution(
    endingParagraph p: TokenizedParagraph, acts: [QuoteSpeaker.SentenceActs],
    entities: ParagraphEntities
  ) -> QuoteAttribution? {
    guard let last = acts.last, let colon = last.sentence.last, p.tokens[colon].isPunctuation(":")
    else { return nil }
    if let act = last.acts.last {
      return QuoteAttribution(speaker: act.speaker, cue: p.text(tokens: act.cue))
    }
    // "Doe issued the following statement:": the sentence's subject introduces the quote.
    guard case .actor(let speaker, _)? = SubjectFinder.openingSubject(
      before: colon, last.sentence, p, entities, quoted: { _ in false })
    else { return nil }
    return QuoteAttribution(speaker: speaker, cue: ":")
  }
}
