/// One word, number or punctuation mark of a paragraph, with its scalar offsets.
struct TimeToken: Sendable {
  enum Kind: Sendable, Equatable { case word, number, punct }

  var start: Int
  var end: Int
  var kind: Kind
  /// Lower-cased ASCII word (empty when longer than 15 scalars or not ASCII); for a number, its
  /// lower-cased letter suffix ("s" in 1990s, "th" in 30th); for punctuation, the mark.
  var key: String
  /// A number's value (0 for words and for numbers with separators, see `plain`).
  var number: Int = 0
  /// How many digits a number has; 0 for words.
  var digits: Int = 0
  /// A number written with only digits (no "1,000" or "2.5").
  var plain: Bool = true
  var capitalized: Bool = false
  /// Whitespace separates this token from the one before it.
  var spaceBefore: Bool = true
  var word: TimeWord = .none
  /// A punctuation token's mark (reading it back from `key` costs a walk of the string's
  /// scalars, and the recognisers ask for every token they pass).
  var mark: Unicode.Scalar = "\0"

  func isPunct(_ mark: Unicode.Scalar) -> Bool { kind == .punct && self.mark == mark }

  /// A word the time lexicon knows (matching the case rather than comparing with `.none`:
  /// `TimeWord`'s `==` is a call per token).
  var isTimeWord: Bool {
    if case .none = word { return false }
    return true
  }
}

/// Splits a paragraph into tokens. Words are runs of letters (hyphens split words, so
/// "third-quarter" is three tokens without spaces); numbers are digit runs, with "1,000" and
/// "2.5" kept whole and a letter suffix ("1990s", "30th") attached.
///
/// The scan reads the paragraph's tokens rather than tokenizing again: a token of plain ASCII
/// letters (most are) that the rules above would take whole becomes a time word as it is,
/// with its key and lexicon entry from the token's interned form; only the rest (numbers,
/// marks, abbreviations, words with apostrophes or other letters) is scanned scalar by scalar.
enum TimeScanner {
  static func tokens(_ paragraph: TokenizedParagraph) -> [TimeToken] {
    let text = paragraph.scalars
    let tokens = paragraph.tokens
    var next = 0  // the first paragraph token not behind the scan
    var words = ParagraphWords(tokens)
    var out: [TimeToken] = []
    // Hyphens and abbreviation dots split a few paragraph tokens: room for them, so the
    // array grows at most once.
    out.reserveCapacity(tokens.count + tokens.count / 8 + 4)
    var i = 0
    let n = text.count
    var sawSpace = true
    while i < n {
      let c = text[i]
      let v = c.value
      if isSpace(c) {
        sawSpace = true
        i += 1
        continue
      }
      let start = i
      while next < tokens.count, tokens[next].start < i { next += 1 }
      if next < tokens.count, tokens[next].start == i, let end = plainWordEnd(tokens, next, text) {
        let key = end - start <= 15 ? tokens[next].lower : ""
        let word =
          tokens[next].classes.contains(.timeWord) ? TimeLexicon.words[key] ?? .none : .none
        out.append(
          TimeToken(
            start: start, end: end, kind: .word, key: key, capitalized: isUpper(v),
            spaceBefore: sawSpace, word: word))
        i = end
        sawSpace = false
        continue
      }
      if isDigit(v) {
        var value = 0
        var digits = 0
        var plain = true
        while i < n, isDigit(text[i].value) {
          if digits < 18 { value = value * 10 + Int(text[i].value - 48) }
          digits += 1
          i += 1
        }
        // Thousands separators and decimals: "1,000", "2.5".
        while i + 1 < n, text[i] == "," || text[i] == ".", isDigit(text[i + 1].value) {
          plain = false
          i += 1
          while i < n, isDigit(text[i].value) {
            digits += 1
            i += 1
          }
        }
        var suffix = ""
        while i < n, isLetter(text[i].value) {
          if suffix.unicodeScalars.count < 4 { suffix.unicodeScalars.append(lower(text[i])) }
          i += 1
        }
        out.append(
          TimeToken(
            start: start, end: i, kind: .number, key: suffix, number: plain ? value : 0,
            digits: digits, plain: plain, spaceBefore: sawSpace))
      } else if isLetter(v) {
        var ascii = true
        while i < n, isLetter(text[i].value) || isInnerApostrophe(text, i) {
          if text[i].value >= 128 { ascii = false }
          i += 1
        }
        let (key, word) =
          ascii ? words.lookUp(start..<i) ?? lookUp(asciiKey(text[start..<i])) : ("", .none)
        out.append(
          TimeToken(
            start: start, end: i, kind: .word, key: key, capitalized: isUpper(v),
            spaceBefore: sawSpace, word: word))
      } else {
        i += 1
        let mark: Unicode.Scalar = c == "\u{2019}" ? "'" : c
        out.append(
          TimeToken(
            start: start, end: i, kind: .punct, key: punctuationKey(mark), spaceBefore: sawSpace,
            mark: mark))
      }
      sawSpace = false
    }
    return out
  }

  /// The end of paragraph token `k` when it is a word of ASCII letters that the scan would
  /// end where the token ends (reads the token's fields in place: copying a token costs more).
  @inline(__always)
  private static func plainWordEnd(_ tokens: [Token], _ k: Int, _ text: [Unicode.Scalar]) -> Int? {
    guard tokens[k].isASCIILetters, tokens[k].kind == .word else { return nil }
    let end = tokens[k].end
    // A space (the usual case) is neither a letter nor an apostrophe.
    if end < text.count, text[end].value > 32,
      isLetter(text[end].value) || isInnerApostrophe(text, end)
    {
      return nil
    }
    return end
  }

  /// A mark as a key: ASCII marks (nearly all) from a table, without building a string.
  @inline(__always)
  private static func punctuationKey(_ mark: Unicode.Scalar) -> String {
    mark.isASCII ? asciiMarks[Int(mark.value)] : String(Character(mark))
  }

  private static let asciiMarks: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

  /// A key and what it means to the recognisers.
  static func lookUp(_ key: String) -> (String, TimeWord) {
    guard !key.isEmpty, TimeLexicon.wordShapes.mayContain(key) else { return (key, .none) }
    return (key, TimeLexicon.words[key] ?? .none)
  }

  /// A lower-cased ASCII word as a lexicon key, built in one step (no per-scalar appends, and
  /// no allocation: at 15 bytes or fewer a `String` is stored inline); empty when longer.
  static func asciiKey(_ word: ArraySlice<Unicode.Scalar>) -> String {
    guard word.count <= 15 else { return "" }
    return String(unsafeUninitializedCapacity: word.count) { buffer in
      for (k, scalar) in word.enumerated() { buffer[k] = UInt8(truncatingIfNeeded: lower(scalar).value) }
      return word.count
    }
  }

  @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

  @inline(__always) static func isUpper(_ v: UInt32) -> Bool { v >= 65 && v <= 90 }

  @inline(__always) static func isLetter(_ v: UInt32) -> Bool {
    (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
      || (v >= 0xC0 && v != 0xD7 && v != 0xF7 && v < 0x2000)
  }

  /// Two comparisons for a letter or an ASCII mark (most scalars that are not spaces).
  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v <= 32 { return v == 32 || v == 10 || v == 9 || v == 13 }
    return v >= 0xA0 && (v == 0xA0 || v == 0x2009 || v == 0x202F)
  }

  /// An apostrophe between letters stays in the word ("don't"); "year's" is split so the
  /// possessive can be seen.
  @inline(__always) static func isInnerApostrophe(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
    guard text[i] == "'" || text[i] == "\u{2019}", i + 1 < text.count, isLetter(text[i + 1].value)
    else { return false }
    // "year's", "week's": keep the possessive "s" apart.
    if text[i + 1] == "s" || text[i + 1] == "S" {
      return i + 2 < text.count && isLetter(text[i + 2].value)
    }
    return true
  }

  @inline(__always) static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    isUpper(c.value) ? Unicode.Scalar(c.value + 32)! : c
  }
}
