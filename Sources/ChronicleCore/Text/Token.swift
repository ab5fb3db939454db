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
  /// The text in lower case, kept because every lexicon lookup needs it.
  var lower: String
  /// Whether white space stands right before the token.
  var spaceBefore: Bool
  /// A word that starts with an upper-case letter ("Rubio", "U.S.", "McCain").
  var isCapitalized: Bool
  /// The word lists the token is in (empty when made with `classify: false`).
  var classes: WordClasses = []

  /// `classify` looks the token up in the word lists here, so that the tokenizer can append
  /// the finished token as it is made (setting `classes` afterwards copied every token).
  init(
    kind: Kind, start: Int, end: Int, scalars: Tokenizer.Scalars.SubSequence, spaceBefore: Bool,
    classify: Bool
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.spaceBefore = spaceBefore
    text = String(scalars: scalars)
    isCapitalized = kind == .word && (scalars.first?.isUpper ?? false)
    var ascii = true
    var upper = false
    for scalar in scalars {
      if !scalar.isASCII { ascii = false } else if scalar.isUpper { upper = true }
    }
    if !ascii {
      lower = text.lowercased()
    } else if upper {
      lower = Self.asciiLowercased(scalars)
    } else {
      lower = text
    }
    if classify { classes = WordClasses.of(text: text, lower: lower) }
  }

  /// ASCII text lower-cased straight into a string's storage (`String.lowercased` goes
  /// through the Unicode case tables for every character).
  private static func asciiLowercased(_ scalars: Tokenizer.Scalars.SubSequence) -> String {
    String(unsafeUninitializedCapacity: scalars.count) { buffer in
      for (i, scalar) in scalars.enumerated() {
        let v = UInt8(truncatingIfNeeded: scalar.value)
        buffer[i] = scalar.isUpper ? v | 0x20 : v
      }
      return scalars.count
    }
  }

  var isWord: Bool { kind == .word }

  /// The text without a trailing abbreviation dot ("Mr." → "Mr").
  var bare: String { text.hasSuffix(".") ? String(text.dropLast()) : text }

  func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
