/// '“…,” Doe said, according to the Post', 'Roe said Doe told her “…”': a quote whose speech
/// act lies inside the content of another act of its sentence is credited to that outer act,
/// the source the text cites for the whole report (as annotated news attributes it).
enum OuterReport {
  /// The attribution of the outermost act around the quoted words `words` that encloses a
  /// speech act of `speaker`, or `nil` when no named act encloses one.
  static func attribution(
    enclosing speaker: Int, words: ClosedRange<Int>, in p: TokenizedParagraph,
    acts: [QuoteSpeaker.SentenceActs]
  ) -> QuoteAttribution? {
    guard let n = p.sentenceIndex(containing: words.lowerBound) else { return nil }
    let sentenceActs = acts[n].acts
    var inner = speaker
    var outer: SpeechAct?
    // Each step moves one report outwards; a sentence holds only a few acts.
    for _ in sentenceActs.indices {
      let next = sentenceActs.first { act in
        guard let content = act.content, act.speaker != nil, act.speaker != inner,
          content.contains(words.lowerBound), content.contains(words.upperBound)
        else { return false }
        return sentenceActs.contains { $0.speaker == inner && encloses(act, $0, in: p) }
      }
      guard let next, let reporter = next.speaker else { break }
      outer = next
      inner = reporter
    }
    return outer.map { QuoteAttribution(speaker: $0.speaker, cue: p.text(tokens: $0.cue)) }
  }

  /// Whether `inner` is reported by `outer`: its cue lies in the outer content, which either
  /// opens with the inner clause ("Roe said [Doe told her …]", "According to Roe, [Doe said
  /// …]") or ends before the outer subject and cue ("[“…,” Doe said], the Post reported").
  /// Two acts joined by "and" ("Roe saying …, and Doe calling it “…”") report side by side;
  /// an aside ("…, Roe said, …") or a participle ("…, urging …") reports no sentence.
  private static func encloses(_ outer: SpeechAct, _ inner: SpeechAct, in p: TokenizedParagraph)
    -> Bool
  {
    let cue = p.tokens[outer.cue.lowerBound]
    let according = cue.classes.contains(.according)
    // "Asked if …, Doe said": an act with no subject of its own reports nothing around it.
    guard let content = outer.content, content.contains(inner.cue.lowerBound),
      !inner.cue.overlaps(outer.cue), !isParticiple(cue),
      according || outer.subjectStart != outer.cue.lowerBound
    else { return false }
    if opensWith(inner, content, p) { return true }
    // "…, endorsed Senator Roe of Ohio": a name after a verb that does not invert is its object.
    let inverted = outer.subjectStart > outer.cue.lowerBound && !according
    if inverted, !(SpeechVerbs.base(of: cue).map(invertingReports.contains) ?? false) {
      return false
    }
    return content.upperBound <= min(outer.cue.lowerBound, outer.subjectStart)
  }

  /// Whether the inner act's subject opens the content, past words that do not start a
  /// clause of their own ("the editor, Jane Doe, said"; not "… and Doe said", "… after Doe
  /// said", "it was sold, Doe said": a clause beside the report or around it, or one with a
  /// verb before the subject, is not what it reports).
  private static func opensWith(_ inner: SpeechAct, _ content: Range<Int>, _ p: TokenizedParagraph)
    -> Bool
  {
    // "refused to reinstate the law, Doe said": an infinitive is no clause with a subject.
    guard content.lowerBound <= inner.subjectStart,
      inner.subjectStart - content.lowerBound <= maxLeadIn,
      p.tokens[content.lowerBound].lower != "to"
    else { return false }
    return (content.lowerBound..<inner.subjectStart).allSatisfy { k in
      let t = p.tokens[k]
      return !coordinators.contains(t.lower) && t.classes.isDisjoint(with: leadInBreaks)
    }
  }

  /// Word classes that make the words before the inner subject a clause of their own.
  private static let leadInBreaks: WordClasses = [.speechVerb, .subordinator, .auxiliary, .beForm]

  /// Verbs that put the reporter after them ("…, reports the Post", "…, said Roe").
  private static let invertingReports = SpeechVerbs.inverting.union(["report"])

  /// How many tokens may come before the inner subject in the outer content.
  private static let maxLeadIn = 20

  /// Words that join two clauses side by side.
  private static let coordinators: Set<String> = ["and", "but", "or", "while", "whereas", "yet"]

  /// "urging", "adding" (not "according").
  private static func isParticiple(_ t: Token) -> Bool {
    t.lower.endsIn("ing") && !t.classes.contains(.according)
  }
}
