/// "In a Harbour Times poll released Monday, Doe led Roe 56 percent to 32 percent": a
/// sentence that opens with the poll it reports, as "According to a poll, …" does. The
/// clause after the comma is the content; the pollster named in the phrase, if any, its
/// source.
enum PollFrame {
  /// The act of a sentence that opens with "In" and a short phrase headed by a poll, ended
  /// by a comma.
  static func act(opening sentence: Range<Int>, _ p: TokenizedParagraph, entities: ParagraphEntities)
    -> SpeechAct?
  {
    let tokens = p.tokens
    let first = SpeechActFinder.firstWord(sentence, p)
    // The class bit first: every sentence is asked.
    guard first < sentence.upperBound, tokens[first].classes.contains(.framingPreposition),
      tokens[first].lower == "in", tokens[first].isCapitalized
    else { return nil }
    var k = first + 1
    while k < min(sentence.upperBound, first + 1 + maxPhrase), !polls.contains(tokens[k].lower) {
      guard tokens[k].kind != .punctuation || tokens[k].isPunctuation("/") else { return nil }
      k += 1
    }
    guard k < sentence.upperBound, k > first + 1, polls.contains(tokens[k].lower) else { return nil }
    // "… poll released Monday," "… survey last month,": a short tail before the comma.
    var comma = k + 1
    while comma < min(sentence.upperBound, k + 1 + maxTail), !tokens[comma].isPunctuation(",") {
      guard tokens[comma].kind == .word || tokens[comma].kind == .number else { return nil }
      comma += 1
    }
    guard comma < sentence.upperBound, tokens[comma].isPunctuation(","),
      let content = ContentSpan.trimmed((comma + 1)..<sentence.upperBound, p), content.count >= 3
    else { return nil }
    return SpeechAct(
      cue: first..<(k + 1), speaker: entities.actors(in: first..<k).first?.actor, content: content,
      subjectStart: first, attributesQuotations: false)
  }

  /// Nouns of a poll.
  static let polls: Set<String> = ["poll", "polls", "survey", "surveys", "polling"]

  /// How many tokens may stand between "In" and the poll ("In an NBC News/Wall Street Journal
  /// poll").
  static let maxPhrase = 9

  /// How many words may follow the poll before the comma ("released Monday").
  static let maxTail = 5
}
