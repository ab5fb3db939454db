/// A quotation signed with a dash after its closing mark: "“We will not give up.” ― Jane Roe"
/// (readers' voices, epigraphs, transcripts), or introduced by a name and a dash before its
/// opening mark ("including Jane Roe -- “It is wrong” --"), or in a paragraph of its own
/// after the quote ("“…” ¶ - Jane Roe."). The name is the speaker.
enum QuoteDash {
  static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "-", "--"]

  /// Where the name of a dash signature after a closing quote at `close` starts, if any.
  static func nameStart(afterClose close: Int, in p: TokenizedParagraph) -> Int? {
    let tokens = p.tokens
    var j = close + 1
    var sawDash = false
    while j < tokens.count, tokens[j].kind == .punctuation, dashes.contains(tokens[j].text) {
      sawDash = true
      j += 1
    }
    return sawDash && j < tokens.count ? j : nil
  }

  /// The actor of a paragraph that is only a dash signature: dashes, a name, and an
  /// apposition after a comma or nothing ("- Jane Roe.", "—Jane Roe, tweeting after the
  /// speech."), signing the quote before it.
  static func signatureLine(_ p: TokenizedParagraph, entities: ParagraphEntities) -> Int? {
    let tokens = p.tokens
    var name = 0
    while name < tokens.count, tokens[name].kind == .punctuation,
      dashes.contains(tokens[name].text)
    {
      name += 1
    }
    // "- Sen. Jane Roe": capitalised words of a title may come before the name.
    guard p.sentences.count == 1, name > 0,
      let mention = entities.actors(in: name..<tokens.count).first,
      (name..<mention.tokens.lowerBound).allSatisfy({
        tokens[$0].kind == .word && tokens[$0].isCapitalized
      })
    else { return nil }
    let end = mention.tokens.upperBound
    guard end == tokens.count || tokens[end].isPunctuation(",")
      || (end + 1 == tokens.count && SpeechActFinder.isSentenceEnd(tokens[end]))
    else { return nil }
    return mention.actor
  }

  /// Whether the name starting at token `i` signs a quotation with a dash.
  static func signs(before i: Int, in p: TokenizedParagraph) -> Bool {
    var j = i - 1
    while j >= 0, p.tokens[j].kind == .punctuation, dashes.contains(p.tokens[j].text) { j -= 1 }
    guard j >= 0, j < i - 1 else { return false }
    if case .quote(opening: false) = p.tokens[j].kind { return true }
    return false
  }

  /// Whether dashes and an opening quote mark follow a name ending before token `i`.
  static func introduces(after i: Int, in p: TokenizedParagraph) -> Bool {
    var j = i
    while j < p.tokens.count, p.tokens[j].kind == .punctuation, dashes.contains(p.tokens[j].text) {
      j += 1
    }
    return j > i && j < p.tokens.count && p.tokens[j].kind == .quote(opening: true)
  }

  /// The actor named right before the dashes that precede an opening mark at `open`, when
  /// a dash or the sentence's end follows the closing mark.
  static func speaker(
    beforeOpen open: Int, close: Int?, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    if let close, close + 1 < p.tokens.count {
      let next = p.tokens[close + 1]
      guard dashes.contains(next.text) || SpeechActFinder.isSentenceEnd(next) else { return nil }
    }
    var j = open - 1
    while j >= 0, p.tokens[j].kind == .punctuation, dashes.contains(p.tokens[j].text) { j -= 1 }
    guard j >= 0, j < open - 1 else { return nil }
    return SubjectFinder.mentionEnding(at: j, entities)
  }
}
