/// A run of capitalised tokens ("White House Press Secretary Karoline Leavitt"), the unit
/// that titles, names, organisations and places are read from. Lower-case joiners ("of",
/// "de", "bin") are kept inside when a capitalised word follows them.
struct NameChunk: Sendable, Equatable {
  var range: Range<Int>
  /// Whether the chunk opens its sentence (its first word may be capitalised only for that).
  var sentenceInitial: Bool

  static let joiners: Set<String> = [
    "of", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al",
    "el", "la", "le", "dos", "das",
  ]

  /// Words that are capitalised but never part of a name: months, weekdays.
  static let calendarWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.",
    "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
  ]

  static func chunks(in p: TokenizedParagraph) -> [NameChunk] {
    var result: [NameChunk] = []
    let tokens = p.tokens
    for sentence in p.sentences {
      var i = sentence.lowerBound
      while i < sentence.upperBound {
        guard isNameWord(tokens[i]) else {
          i += 1
          continue
        }
        var end = i + 1
        while end < sentence.upperBound {
          let t = tokens[end]
          if isNameWord(t) && t.spaceBefore {
            end += 1
          } else if t.kind == .word, t.classes.contains(.joiner), end + 1 < sentence.upperBound,
            isNameWord(tokens[end + 1]), t.spaceBefore
          {
            end += 2
          } else if t.isPunctuation("-"), !t.spaceBefore, end + 1 < sentence.upperBound,
            isNameWord(tokens[end + 1])
              || end - i >= 2 && isSyllable(tokens[end + 1], after: tokens[end - 1]),
            !tokens[end + 1].spaceBefore
          {
            end += 2
          } else {
            break
          }
        }
        result.append(NameChunk(range: i..<end, sentenceInitial: i == firstWord(sentence, tokens)))
        i = end
      }
    }
    return result
  }

  /// The lower-case second half of a hyphenated given name after a family name ("Park
  /// Geun-hye", "Moon Jae-in", "Ban Ki-moon"): a short syllable, never a word like
  /// "occupied". Four letters only after a first half as short ("Ki-moon", "Dae-jung"):
  /// after a longer name they are an English word ("Sanders-like").
  static func isSyllable(_ t: Token, after first: Token) -> Bool {
    let length = t.text.unicodeScalars.count
    return t.kind == .word && !t.isCapitalized
      && (length <= 3 || length == 4 && first.text.unicodeScalars.count <= 4)
  }

  static func isNameWord(_ t: Token) -> Bool {
    t.isCapitalized && t.classes.isDisjoint(with: [.calendarWord, .pronoun])
  }

  private static func firstWord(_ sentence: Range<Int>, _ tokens: [Token]) -> Int {
    var i = sentence.lowerBound
    while i < sentence.upperBound, tokens[i].kind != .word { i += 1 }
    return i
  }
}
