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
  /// The token's first scalar: a mark or quotation mark is one scalar (bar "..." and "''"),
  /// so rules that ask which mark a token is compare scalars, not strings. (Declared after
  /// `kind`, it fills bytes the layout leaves free before `start`.)
  var firstScalar: Unicode.Scalar
  var start: Int
  var end: Int
  var text: String
  /// The text in lower case, kept because every lexicon lookup needs it.
  var lower: String
  /// Whether white space stands right before the token.
  var spaceBefore: Bool
  /// A word that starts with an upper-case letter ("Rubio", "U.S.", "McCain").
  var isCapitalized: Bool
  /// The word lists the token is in (empty when made unclassified).
  var classes: WordClasses = []
  /// The token's form in the document's `Vocabulary` (-1 when made unclassified).
  var form: Int32 = -1
  /// Only ASCII letters.
  var isASCIILetters: Bool

  /// A token whose text, lower case and classes come from its interned form.
  @inline(__always)
  init(
    kind: Kind, start: Int, end: Int, first: Unicode.Scalar, spaceBefore: Bool, form id: Int32,
    _ form: WordForm
  ) {
    self.kind = kind
    firstScalar = first
    self.start = start
    self.end = end
    self.spaceBefore = spaceBefore
    text = form.text
    lower = form.lower
    isCapitalized = kind == .word && form.startsUpper
    classes = form.classes
    self.form = id
    isASCIILetters = form.isASCIILetters
  }

  /// A token made without the word lists: the lexicons' own phrases, which the lists are
  /// built from.
  init(
    kind: Kind, start: Int, end: Int, scalars: Tokenizer.Scalars.SubSequence, spaceBefore: Bool
  ) {
    self.kind = kind
    firstScalar = scalars.first ?? "\0"
    self.start = start
    self.end = end
    self.spaceBefore = spaceBefore
    text = String(scalars: scalars)
    isCapitalized = kind == .word && (scalars.first?.isUpper ?? false)
    let ascii = scalars.allSatisfy(\.isASCII)
    lower = ascii ? Vocabulary.asciiLowercased(scalars) : text.lowercased()
    isASCIILetters = false
  }

  var isWord: Bool { kind == .word }

  /// The text without a trailing abbreviation dot ("Mr." → "Mr").
  var bare: String { text.hasSuffix(".") ? String(text.dropLast()) : text }

  /// The token in lower case is `word` (given in lower case). The lengths are compared first:
  /// rules ask this of every token of a sentence, most tokens differ in length, and comparing
  /// two different strings is a call.
  @inline(__always)
  func reads(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }

  /// The token is just this one scalar.
  func isMark(_ mark: Unicode.Scalar) -> Bool { firstScalar == mark && end - start == 1 }

  func isPunctuation(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && isMark(mark) }
}
