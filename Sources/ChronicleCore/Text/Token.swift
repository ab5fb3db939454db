/// One word, number or mark of a paragraph, with its Unicode-scalar span.
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Letters (with inner apostrophes), abbreviations with their dots ("U.S.", "Mr.", "J.D.").
    case word
    case number
    /// The possessive ending "'s" / "’s" (or a lone apostrophe after a plural).
    case possessive
    /// A quotation mark; `opening` is the side it stands on.
    case quote(opening: Bool)
    case punctuation
  }

  var kind: Kind
  var start: Int
  var end: Int
  var text: String
  /// Whether white space stands right before the token.
  var spaceBefore: Bool

  var isWord: Bool { kind == .word }

  /// Starts with an upper-case letter ("Rubio", "U.S.", "McCain").
  var isCapitalized: Bool {
    guard kind == .word, let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  var lower: String { text.lowercased() }

  /// The text without a trailing abbreviation dot ("Mr." → "Mr").
  var bare: String { text.hasSuffix(".") ? String(text.dropLast()) : text }

  func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
