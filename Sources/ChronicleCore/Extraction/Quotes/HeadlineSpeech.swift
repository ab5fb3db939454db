/// "Doe Says the Plan Will Fail", "Doe: Plan Will Fail", "Doe Endorses Roe": a headline in
/// Title Case reports speech by its own shapes — a name, then a capitalised verb of saying or
/// stance or a colon, then what was said (a stance's object may be a name of two words). The
/// sentence rules never see them: they read a capitalised word as a name.
enum HeadlineSpeech {
  /// The speech act of a paragraph that is a Title Case headline of one of those shapes.
  static func act(in p: TokenizedParagraph, entities: ParagraphEntities) -> SpeechAct? {
    guard p.sentences.count == 1, isTitleCase(p) else { return nil }
    let tokens = p.tokens
    let first = SpeechActFinder.firstWord(p.sentences[0], p)
    var k = first
    while k < min(tokens.count, first + maxSourceTokens + 1) {
      let t = tokens[k]
      if t.isPunctuation(":") || isReportingVerb(t) {
        let source = entities.actor(startingAt: first)
        // "Iowa: Jane Roe, John Doe, …" lists people under a label: a colon follows a name.
        guard k > first, !labels.contains(tokens[first].lower),
          !t.isPunctuation(":") || source?.tokens.upperBound == k,
          !openingPrepositions.contains(tokens[k + 1 < tokens.count ? k + 1 : k].lower),
          let content = ContentSpan.trimmed((k + 1)..<tokens.count, p),
          content.count >= 3 || SpeechVerbs.isStance(t)
        else { return nil }
        return SpeechAct(cue: k..<(k + 1), speaker: source?.actor, content: content, subjectStart: first)
      }
      guard t.kind == .word && t.isCapitalized || t.kind == .possessive || t.isPunctuation(".") else {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// How many tokens the source before the cue may take ("Wash Post Fact-Check:").
  static let maxSourceTokens = 5

  /// A capitalised verb of saying or stance ("Says", "Warns", "Endorses"); naming verbs
  /// report only with a quotation, views ("Sees") only with an "as".
  private static func isReportingVerb(_ t: Token) -> Bool {
    guard t.isCapitalized, let form = SpeechVerbs.form(of: t), form.particles == nil, !form.isNaming,
      !form.isRegarding
    else { return false }
    return t.lower.endsIn("s") || SpeechVerbs.isPastForm(t.lower)
  }

  /// Labels that open headlines without naming a source ("Update:", "Watch:").
  static let labels: Set<String> = [
    "update", "updated", "watch", "breaking", "video", "videos", "exclusive", "analysis",
    "opinion", "photos", "photo", "live", "editorial", "review", "listen", "read", "audio",
    "transcript", "correction", "editor's", "note", "graphic", "chart", "map", "timeline",
    "explainer", "quiz", "podcast", "interview", "sponsored", "related", "more", "see", "also",
  ]

  /// "Doe Responds To Question About …": a verb followed by a preposition tells of an act.
  static let openingPrepositions: Set<String> = ["to", "of", "on", "about", "with", "for", "at", "in"]

  /// Whether most of the paragraph's words of four letters or more are capitalised, as in a
  /// headline (a token's span counts its Unicode scalars).
  private static func isTitleCase(_ p: TokenizedParagraph) -> Bool {
    var words = 0
    var capitalised = 0
    for t in p.tokens where t.kind == .word && t.end - t.start >= 4 {
      words += 1
      if t.isCapitalized { capitalised += 1 }
    }
    return words >= 3 && capitalised * 5 >= words * 4
  }
}
