/// Whether a sentence continues the story of the sentence before it, so that an event with
/// no date of its own may take that sentence's date: it opens with a pronoun ("He said …"),
/// a connective ("But …", "Also …") or a quotation mark (a quote going on). A sentence that
/// opens with a new subject ("A poll …", "Sen. Ann Lee …") starts another story.
///
/// Why so strict: on TimeBank, a sentence that follows a dated sentence of its paragraph
/// shares that date in only 38 of 299 cases (13%) where its own gold date is known, so a date
/// carried further than the next continuing sentence is more often wrong than right.
enum StoryContinuation {
  static let openers = WordTable<Void>([
    "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "but", "and",
    "also", "however", "still", "yet", "then", "so", "meanwhile", "there", "that", "this",
  ])

  /// The sentence `tokens[range]` opens with a continuing word or a quotation mark.
  static func continues(_ range: Range<Int>, in tokens: [Token]) -> Bool {
    guard let first = range.first else { return false }
    let opener = tokens[first]
    if case .quote = opener.kind { return true }
    return opener.kind == .word && openers.contains(opener.lower)
  }
}
