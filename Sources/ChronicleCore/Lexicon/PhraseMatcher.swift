/// Finds the longest listed phrase that starts at a token ("United States", "Secretary of
/// State", "U.S."). Phrases are tokenized like article text, so they match token by token.
/// A token whose classes lack the matcher's `start` class opens no phrase, so most tokens are
/// turned away without hashing their text.
struct PhraseMatcher<Payload: Sendable>: Sendable {
  private var byFirst: [String: [(rest: [String], payload: Payload)]] = [:]
  let caseSensitive: Bool
  /// The class `WordClasses` gives the first words of these phrases.
  let start: WordClasses

  /// Phrases are tokenized unclassified: the word-class table is built from the matchers.
  init(_ phrases: [(String, Payload)], caseSensitive: Bool, start: WordClasses) {
    self.caseSensitive = caseSensitive
    self.start = start
    for (phrase, payload) in phrases {
      let words = Tokenizer.tokenize(Array(phrase.unicodeScalars), classify: false).map {
        caseSensitive ? $0.text : $0.text.lowercased()
      }
      guard let first = words.first else { continue }
      byFirst[first, default: []].append((Array(words.dropFirst()), payload))
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.rest.count > $1.rest.count } }
  }

  /// The words phrases start with, as they are looked up (lower-case unless case-sensitive).
  var firstWords: some Collection<String> { byFirst.keys }

  /// The longest phrase starting at token `i`: its length in tokens and its payload.
  func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (length: Int, payload: Payload)? {
    let end = limit ?? tokens.count
    guard i < end, tokens[i].classes.contains(start) else { return nil }
    let key = caseSensitive ? tokens[i].text : tokens[i].lower
    guard let candidates = byFirst[key] else { return nil }
    for candidate in candidates where i + candidate.rest.count < end {
      var ok = true
      for (offset, word) in candidate.rest.enumerated() {
        let t = tokens[i + 1 + offset]
        if (caseSensitive ? t.text : t.lower) != word || !joins(tokens, i + offset, t)
        {
          ok = false
          break
        }
      }
      if ok { return (candidate.rest.count + 1, candidate.payload) }
    }
    return nil
  }

  /// Tokens of one phrase follow each other with at most a space (a hyphen is its own token).
  private func joins(_ tokens: [Token], _ previous: Int, _ next: Token) -> Bool {
    next.start - tokens[previous].end <= 1
  }
}

/// Splits a generated table (tab-separated lines) once.
enum GeneratedTable {
  /// Split by UTF-8 bytes: newline and tab always stand between characters, and splitting
  /// the 14,000 given names by `Character` took most of the lexicons' start-up time.
  static func rows(_ text: String) -> [[Substring]] {
    text.utf8.split(separator: UInt8(ascii: "\n")).map { line in
      line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
    }
  }
}
