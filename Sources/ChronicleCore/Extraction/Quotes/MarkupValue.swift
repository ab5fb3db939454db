/// An attribute value of markup left in the text, as embedded tweets bring it
/// (`<tweet id="7400" author="@doe" datetime="2016-06-29">`): quotation marks right after an
/// equals sign hold an id, a handle or a date, never anyone's words.
enum MarkupValue {
  static func isValue(_ stretch: QuoteMarks.Stretch, in p: TokenizedParagraph) -> Bool {
    guard let open = stretch.open, open >= 1 else { return false }
    let before = p.tokens[open - 1]
    return before.text == "=" && before.end == p.tokens[open].start
  }
}
