/// A transcript line: "PENCE: Well, look, …" — a speaker's name in capitals and a colon open
/// the paragraph, and what follows is that speaker's words. Transcripts quoted in news keep
/// the label inside the quotation marks ('"WALLACE: But, Governor, …'), so the label ends
/// the attribution of every quote of the paragraph that names no speaker of its own.
enum TranscriptLabel {
  /// Longest label, in words ("JOHN ROE").
  static let maximumWords = 3

  /// The label's token range when the paragraph opens (past quote marks) with one.
  static func range(in p: TokenizedParagraph) -> Range<Int>? {
    let tokens = p.tokens
    var start = 0
    while start < tokens.count, case .quote = tokens[start].kind { start += 1 }
    var end = start
    while end < min(tokens.count, start + maximumWords), isCapitalWord(tokens[end]) { end += 1 }
    guard end > start, end < tokens.count, tokens[end].isPunctuation(":") else { return nil }
    return start..<end
  }

  /// The speaker a label names, with the token right after its colon.
  static func attribution(in p: TokenizedParagraph, entities: ParagraphEntities) -> (
    speaker: Int, contentStart: Int
  )? {
    guard let label = range(in: p),
      let mention = entities.actor(startingAt: label.lowerBound), mention.tokens == label
    else { return nil }
    return (mention.actor, label.upperBound + 1)
  }

  /// A word of two or more letters, all in upper case ("PENCE", "O'NEILL").
  private static func isCapitalWord(_ t: Token) -> Bool {
    guard t.kind == .word, t.text.unicodeScalars.count >= 2 else { return false }
    // A lower-case ASCII letter rules the word out without upper-casing it (most words).
    if t.text.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
      return false
    }
    return t.text == t.text.uppercased() && t.text.unicodeScalars.contains(where: \.isUpper)
  }
}
