/// "The museum, Doe said, will open in May": a speech act set in commas inside the sentence
/// it reports. The content is the whole sentence; the aside only says who spoke.
enum Aside {
  static func content(
    subjectStart: Int, cue: Range<Int>, sentence: Range<Int>, _ p: TokenizedParagraph
  ) -> Range<Int>? {
    let tokens = p.tokens
    let first = SpeechActFinder.firstWord(sentence, p)
    var start = subjectStart
    while start > first, tokens[start - 1].isCapitalized { start -= 1 }  // a title: "Mayor"
    guard start > first + 1, subjectStart < cue.lowerBound || subjectStart > cue.upperBound,
      tokens[start - 1].isPunctuation(","), cue.upperBound < sentence.upperBound,
      tokens[cue.upperBound].isPunctuation(",") || tokens[cue.upperBound].lower == "in"
        && subjectStart < cue.lowerBound && closesAside(after: cue.upperBound, sentence, p)
    else { return nil }
    let end = sentence.upperBound
    return ContentSpan.trimmed(first..<end, p)
  }

  /// "…, Doe said in a statement, …": the aside may run on to the next comma.
  private static func closesAside(after i: Int, _ sentence: Range<Int>, _ p: TokenizedParagraph)
    -> Bool
  {
    var j = i
    while j < min(sentence.upperBound, i + 8) {
      if p.tokens[j].isPunctuation(",") { return true }
      if SpeechActFinder.isSentenceEnd(p.tokens[j]) { return false }
      j += 1
    }
    return false
  }
}
