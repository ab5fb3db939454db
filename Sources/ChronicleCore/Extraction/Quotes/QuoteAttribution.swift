/// Who said a quoted stretch and the words that say so. `speaker` is `nil` when the cue names
/// no actor of ours ("a source said"): the quote is attributed, to someone unknown.
struct QuoteAttribution: Sendable, Equatable {
  var speaker: Int?
  var cue: String?
}

/// Reads the attribution of one quoted stretch from the words around it, in order of
/// evidence: the speech act of an opening clause the quote closes ("After Roe said … “…,”
/// Doe said"), a cue right after the closing mark ("…," said Rep. Doe; "…," Doe, 82, said;
/// "…" ― Doe), "in his words" before it, then a speech act of its sentence before or after;
/// a report around that act ("…, Doe said, according to the Post") outranks it.
enum QuoteSpeaker {
  typealias SentenceActs = (sentence: Range<Int>, acts: [SpeechAct])

  static func attribution(
    of stretch: QuoteMarks.Stretch, in p: TokenizedParagraph, entities: ParagraphEntities,
    acts: [SentenceActs]
  ) -> QuoteAttribution? {
    let own = ownAttribution(of: stretch, in: p, entities: entities, acts: acts)
    guard let speaker = own?.speaker else { return own }
    let first = stretch.open.map { $0 + 1 } ?? 0
    let last = stretch.close.map { $0 - 1 } ?? (p.tokens.count - 1)
    guard first <= last else { return own }
    return OuterReport.attribution(enclosing: speaker, words: first...last, in: p, acts: acts)
      ?? own
  }

  /// The attribution the words nearest the quote give it, before any report around it.
  private static func ownAttribution(
    of stretch: QuoteMarks.Stretch, in p: TokenizedParagraph, entities: ParagraphEntities,
    acts: [SentenceActs]
  ) -> QuoteAttribution? {
    if let open = stretch.open, let close = stretch.close,
      let n = p.sentenceIndex(containing: open),
      let clause = SubordinateQuote.act(open: open, close: close, in: p, acts: acts[n].acts)
    {
      return QuoteAttribution(speaker: clause.speaker, cue: p.text(tokens: clause.cue))
    }
    if let close = stretch.close, let found = afterClose(close, open: stretch.open, p, entities, acts) {
      return found
    }
    if let open = stretch.open, let words = InTheirWords.cue(before: open, in: p, entities: entities) {
      return QuoteAttribution(speaker: words.speaker, cue: words.cue)
    }
    let anchor = stretch.open ?? 0
    // `acts` holds one entry per sentence of the paragraph, in order.
    let sentenceActs = (p.sentenceIndex(containing: anchor).map { acts[$0].acts } ?? [])
      .filter { !SpeechVerbs.isStance(p.tokens[$0.cue.lowerBound]) }
    // "told a woman who suggested that … “…”": the act of a relative clause is not the cue.
    let before = sentenceActs.last { $0.cue.upperBound <= anchor && !isRelative($0, p) }
      ?? sentenceActs.last { $0.cue.upperBound <= anchor }
    // A quote of several sentences: its cue follows in the sentence where it closes.
    let closing = stretch.close.flatMap { p.sentenceIndex(containing: $0) }
      .map { acts[$0].acts } ?? sentenceActs
    let after = closing.first {
      $0.cue.lowerBound > (stretch.close ?? anchor)
        && !SpeechVerbs.isStance(p.tokens[$0.cue.lowerBound])
    }
    // "When Roe suggested …, Doe fired back: “…”": the clause that the colon ends has a
    // subject of its own, which outranks the act of the clause before it.
    if let open = stretch.open, open >= 1, p.tokens[open - 1].isPunctuation(":"), let before,
      let comma = (before.cue.upperBound..<(open - 1)).last(where: { p.tokens[$0].isPunctuation(",") }),
      case .actor(let speaker, _)? = SubjectFinder.openingSubject(
        before: open - 1, (comma + 1)..<p.sentence(containing: open).upperBound, p, entities,
        quoted: { _ in false })
    {
      return QuoteAttribution(speaker: speaker, cue: ":")
    }
    let act = (before ?? after).map { QuoteAttribution(speaker: $0.speaker, cue: p.text(tokens: $0.cue)) }
    // "Doe had a simple message: “…”": a quote the sentence's subject introduces.
    if act == nil, let open = stretch.open, open >= 1, p.tokens[open - 1].isPunctuation(":"),
      case .actor(let speaker, _)? = SubjectFinder.sentenceSubject(
        before: open, p.sentence(containing: open), p, entities, quoted: { _ in false })
    {
      return QuoteAttribution(speaker: speaker, cue: ":")
    }
    // "Republicans have said so, including Jane Roe -- “It is wrong” --": a name in dashes.
    if act?.speaker == nil, let open = stretch.open,
      let dash = QuoteDash.speaker(beforeOpen: open, close: stretch.close, in: p, entities: entities)
    {
      return QuoteAttribution(speaker: dash.actor, cue: p.text(tokens: dash.tokens.upperBound..<open))
    }
    return act
  }

  /// The cue that follows a closing mark: a dash and a name, an inverted verb and its
  /// subject, or a subject (with titles and appositions) and its verb.
  private static func afterClose(
    _ close: Int, open: Int?, _ p: TokenizedParagraph, _ entities: ParagraphEntities,
    _ acts: [SentenceActs]
  ) -> QuoteAttribution? {
    let tokens = p.tokens
    if let name = QuoteDash.nameStart(afterClose: close, in: p),
      let mention = InvertedSubject.mention(at: name, limit: tokens.count, in: p, entities: entities)
    {
      return QuoteAttribution(speaker: mention.actor, cue: p.text(tokens: (close + 1)..<name))
    }
    guard var n = p.sentenceIndex(containing: close) else { return nil }
    // '"Why?" Doe asked.': a question or exclamation ends the sentence at its closing mark,
    // and the cue opens the next one, unless a cue before the quote gave it ('Doe answered
    // with, "Why?" Roe then wrote back').
    if close + 1 == p.sentences[n].upperBound, n + 1 < p.sentences.count, close >= 1,
      p.tokens[close - 1].isPunctuation("?") || p.tokens[close - 1].isPunctuation("!"),
      !opensWithCue(open, p, acts)
    {
      n += 1
    }
    let sentence = p.sentences[n]
    var j = close + 1
    if j < sentence.upperBound, tokens[j].isPunctuation(",") { j += 1 }
    guard j < sentence.upperBound else { return nil }
    if let verb = SpeechVerbs.match(tokens, at: j, limit: sentence.upperBound) {
      let after = j + verb.length
      let mention = InvertedSubject.mention(
        at: after, limit: sentence.upperBound, in: p, entities: entities)
      // '"…," adding that …': a participle with no name after it goes on with the sentence's
      // subject, which the speech acts of the sentence know.
      if mention == nil, tokens[j].lower.endsIn("ing") { return nil }
      // 'the ad “wrongfully” suggests': a quote inside a clause, whose verb names no speaker.
      if mention == nil, !endsClause(close, tokens) { return nil }
      return QuoteAttribution(speaker: mention?.actor, cue: p.text(tokens: j..<after))
    }
    // '"…," Doe said': the quote ends its clause; "as “unhinged” a Doe tweet" runs on.
    guard endsClause(close, tokens) else { return nil }
    // '"…," a man who asked not to be named said': the verb of a relative clause is not the cue.
    if let act = acts[n].acts.first(where: { $0.cue.lowerBound >= j && !isRelative($0, p) }),
      act.subjectStart >= j, (j..<act.subjectStart).allSatisfy({ isLeadIn(tokens[$0]) })
    {
      return QuoteAttribution(speaker: act.speaker, cue: p.text(tokens: act.cue))
    }
    return MannerCue.attribution(from: j, limit: sentence.upperBound, in: p, entities: entities)
  }

  /// Whether a speech act of the sentence where a quote opens comes before its opening mark.
  private static func opensWithCue(_ open: Int?, _ p: TokenizedParagraph, _ acts: [SentenceActs])
    -> Bool
  {
    guard let open, let n = p.sentenceIndex(containing: open) else { return false }
    return acts[n].acts.contains { $0.cue.upperBound <= open }
  }

  /// Whether the quote closing at `close` ends a clause: a comma, question or exclamation
  /// mark or a dash right before or after the closing mark.
  private static func endsClause(_ close: Int, _ tokens: [Token]) -> Bool {
    let before = close > 0 && tokens[close - 1].kind == .punctuation
      && clauseEndings.contains(tokens[close - 1].text)
    let after = close + 1 < tokens.count && tokens[close + 1].isPunctuation(",")
    return before || after
  }

  /// Marks that end a clause before or after a closing quote (built once, not per quote).
  private static let clauseEndings: Set<String> = [",", "?", "!", "-", "--", "\u{2014}", "\u{2013}"]

  /// Whether a speech act is the verb of a relative clause ("a woman who suggested").
  private static func isRelative(_ act: SpeechAct, _ p: TokenizedParagraph) -> Bool {
    act.cue.lowerBound >= 1 && ["who", "which", "that"].contains(p.tokens[act.cue.lowerBound - 1].lower)
  }

  /// Words that may come before a subject's name: titles ("Rep.", "the Rev."), numbers, role
  /// words and possessives ("Trump's senior adviser Jane Roe").
  private static func isLeadIn(_ t: Token) -> Bool {
    InvertedSubject.isTitleLike(t) || t.kind == .possessive
  }
}
