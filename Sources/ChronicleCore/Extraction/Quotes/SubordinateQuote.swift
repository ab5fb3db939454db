/// "After Roe said that pupils might do better at “smaller schools,” Doe said …", "When Roe
/// pointed out that it is “a tax,” Doe agreed": a quote that closes the subordinate clause
/// opening its sentence is reported by that clause's speech act, not by the cue of the main
/// clause after it.
enum SubordinateQuote {
  /// The first named speech act of the opening clause that reports the quote between `open`
  /// and `close`, or `nil` when the quote does not close such a clause.
  static func act(open: Int, close: Int, in p: TokenizedParagraph, acts: [SpeechAct])
    -> SpeechAct?
  {
    let tokens = p.tokens
    let sentence = p.sentence(containing: open)
    let first = SpeechActFinder.firstWord(sentence, p)
    // The clause runs from its subordinator to the quote, which a comma ends.
    guard first < open, tokens[first].classes.contains(.subordinator),
      close + 1 < sentence.upperBound,
      tokens[close - 1].isPunctuation(",") || tokens[close + 1].isPunctuation(","),
      !(first..<open).contains(where: { tokens[$0].isPunctuation(",") })
    else { return nil }
    return acts.first { act in
      guard act.speaker != nil, act.cue.lowerBound > first, act.cue.upperBound <= open,
        let content = act.content
      else { return false }
      return content.contains(open + 1)
    }
  }
}
