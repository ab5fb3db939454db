/// Splits paragraph text into tokens: words (keeping abbreviation dots and inner apostrophes),
/// numbers, possessive endings, quotation marks (opening or closing) and other punctuation.
enum Tokenizer {
  /// The paragraph's scalars as the scan reads them.
  typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

  /// `classify` gives each token its `WordClasses`; only the lexicons' own phrases, which that
  /// table is built from, are tokenized without.
  static func tokenize(_ s: [Unicode.Scalar], classify: Bool = true) -> [Token] {
    guard classify else { return s.withUnsafeBufferPointer { tokenize($0, vocabulary: nil) } }
    var vocabulary = Vocabulary()
    return tokenize(s, vocabulary: &vocabulary)
  }

  /// Tokens whose forms are interned in `vocabulary`, which later paragraphs of the same text
  /// share.
  static func tokenize(_ s: [Unicode.Scalar], vocabulary: inout Vocabulary) -> [Token] {
    s.withUnsafeBufferPointer { buffer in
      withUnsafeMutablePointer(to: &vocabulary) { tokenize(buffer, vocabulary: $0) }
    }
  }

  /// The scan reads the scalars through a buffer pointer: every step looks at neighbours, all
  /// behind explicit index tests, and the array's bounds checks on top cost about a tenth of
  /// tokenizing.
  private static func tokenize(_ s: Scalars, vocabulary: UnsafeMutablePointer<Vocabulary>?) -> [Token] {
    var tokens: [Token] = []
    // About one token per five scalars, fewer in prose of short words: room for one per three,
    // so the array (of tokens that hold strings) is rarely copied to grow.
    tokens.reserveCapacity(s.count / 3 + 1)
    var i = 0
    var spaceBefore = true
    while i < s.count {
      let c = s[i]
      if c.isSpace {
        spaceBefore = true
        i += 1
        continue
      }
      let start = i
      let kind: Token.Kind
      if isLetter(c) {
        i = wordEnd(s, from: i)
        kind = .word
      } else if isDigit(c) {
        i = numberEnd(s, from: i)
        kind = .number
      } else if c == "'", i + 1 < s.count, s[i + 1] == "'" {
        // Two apostrophes standing in for a double quotation mark (before the possessive
        // rules, so "the mechanics'' of" closes a quote rather than ending a plural).
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        i += 2
        kind = .quote(opening: before.map { $0.isSpace || $0 == "(" } ?? true)
      } else if isApostrophe(c), i + 1 < s.count, s[i + 1] == "s" || s[i + 1] == "S",
        i + 2 >= s.count || !isLetter(s[i + 2]), !spaceBefore
      {
        i += 2
        kind = .possessive
      } else if isApostrophe(c), i > 0, s[i - 1] == "s" || s[i - 1] == "S", !spaceBefore,
        i + 1 >= s.count || !isLetter(s[i + 1])
      {
        i += 1
        kind = .possessive
      } else if let opening = quoteSide(s, at: i, spaceBefore: spaceBefore) {
        i += 1
        kind = .quote(opening: opening)
      } else if c == "." && i + 2 < s.count && s[i + 1] == "." && s[i + 2] == "." {
        i += 3
        kind = .punctuation
      } else {
        i += 1
        kind = .punctuation
      }
      if let vocabulary {
        let id = vocabulary.pointee.id(of: s[start..<i])
        tokens.append(
          Token(
            kind: kind, start: start, end: i, first: s[start], spaceBefore: spaceBefore, form: id,
            vocabulary.pointee[id]))
      } else {
        tokens.append(
          Token(kind: kind, start: start, end: i, scalars: s[start..<i], spaceBefore: spaceBefore))
      }
      spaceBefore = false
    }
    return tokens
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool { c.isLetter }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

  /// A–Z, a–z or 0–9, in two unsigned comparisons (setting bit 5 lower-cases a letter).
  @inline(__always)
  private static func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool {
    (c.value | 0x20) &- 0x61 < 26 || c.value &- 0x30 < 10
  }

  /// A word runs over letters and digits, through inner apostrophes ("don't", "O'Brien") and
  /// keeps the dots of abbreviations: initials ("S."), dotted acronyms ("U.S.", "J.D.") and
  /// known short forms ("Mr.", "Sept.").
  private static func wordEnd(_ s: Scalars, from start: Int) -> Int {
    var i = start
    while i < s.count {
      let c = s[i]
      if isASCIILetterOrDigit(c) {  // most of every word
        i += 1
      } else if isLetter(c) || (!c.isASCII && c.properties.generalCategory == .nonspacingMark) {
        i += 1
      } else if isApostrophe(c), i + 1 < s.count, isLetter(s[i + 1]),
        !(s[i + 1] == "s" && (i + 2 >= s.count || !isLetter(s[i + 2])))
      {
        i += 1
      } else {
        break
      }
    }
    guard i < s.count, s[i] == "." else { return i }
    // Dotted acronym: letter . letter . ... ("U.S.", "F.B.I."), not into a word ("U.S.Army").
    var j = i
    while j + 2 < s.count, s[j] == ".", isLetter(s[j + 1]), s[j + 2] == ".",
      j + 3 >= s.count || !isLetter(s[j + 3]) || (j + 4 < s.count && s[j + 4] == ".")
    {
      j += 2
    }
    if j > i { return j + 1 }
    if i + 1 < s.count, isLetter(s[i + 1]), i - start == 1, i + 2 < s.count, s[i + 2] == "." {
      return i + 1
    }
    let length = i - start
    if length == 1, s[start].isUpper { return i + 1 }  // an initial
    if length <= 5 {
      let word = String(scalars: s[start..<i]).lowercased()
      if Abbreviations.withDot.contains(word) { return i + 1 }
      if Abbreviations.states.contains(String(scalars: s[start..<i])) {
        return i + 1
      }
    }
    return i
  }

  private static func numberEnd(_ s: Scalars, from start: Int) -> Int {
    var i = start
    while i < s.count {
      if isDigit(s[i]) || isLetter(s[i]) {
        i += 1
      } else if (s[i] == "," || s[i] == "." || s[i] == ":"), i + 1 < s.count, isDigit(s[i + 1]) {
        i += 1
      } else {
        break
      }
    }
    return i
  }

  /// Quotation marks and which side they stand on; `nil` for an apostrophe inside a word.
  private static func quoteSide(_ s: Scalars, at i: Int, spaceBefore: Bool) -> Bool? {
    switch s[i] {
    case "\u{201C}", "\u{201E}", "\u{00AB}": return true
    case "\u{201D}", "\u{00BB}": return false
    case "\"":
      let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
      guard let b = before else { return true }
      if b.isSpace || "([{\u{2014}\u{2013}-/".unicodeScalars.contains(b) {
        return true
      }
      return false
    case "\u{2018}":
      return true
    case "\u{2019}", "'":
      // An apostrophe glued to letters on both sides is part of a word (handled earlier).
      let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
      if let b = before, !b.isSpace, b != "(" { return false }
      return true
    default:
      return nil
    }
  }
}
