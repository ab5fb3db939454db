/// '“We have come a long way,” Doe told supporters in Nashua.': a verb of telling that closes
/// a quotation takes the one told as its object; the quotation is what was said, and what
/// follows the verb (who was told, where, when) is no content of its own.
enum CueAfterQuotation {
  /// Whether the act's content is only the addressee of a verb of telling whose subject
  /// follows a closing quotation mark ('…,” Doe told CNN', '…”, she told reporters in Ohio').
  static func isAddressee(_ act: SpeechAct, content: Range<Int>, _ p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    guard content.lowerBound >= act.cue.upperBound, act.subjectStart < act.cue.lowerBound,
      let base = SpeechVerbs.base(of: tokens[act.cue.lowerBound]), telling.contains(base),
      !(act.cue.upperBound..<content.lowerBound).contains(where: { tokens[$0].lower == "that" })
    else { return false }
    var k = act.subjectStart - 1
    if k >= 0, tokens[k].isPunctuation(",") { k -= 1 }
    return k >= 0 && SpeechActFinder.isClosingQuote(tokens[k])
  }

  /// Verbs whose object is the one spoken to.
  static let telling: Set<String> = ["tell", "remind", "inform", "assure", "reassure", "brief"]
}
