/// A quotation signed with a dash after its closing mark: "“We will not give up.” ― Jane Roe"
/// (readers' voices, epigraphs, transcripts). The name after the dash is the speaker.
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

  /// Whether the name starting at token `i` signs a quotation with a dash.
  static func signs(before i: Int, in p: TokenizedParagraph) -> Bool {
    var j = i - 1
    while j >= 0, p.tokens[j].kind == .punctuation, dashes.contains(p.tokens[j].text) { j -= 1 }
    guard j >= 0, j < i - 1 else { return false }
    if case .quote(opening: false) = p.tokens[j].kind { return true }
    return false
  }
}
