/// Finds the quotes of a document paragraph by paragraph: words in quotation marks with their
/// speaker (`direct`), and reported speech with its content (`indirect`). A quote left open
/// at a paragraph's end continues in the next paragraph with the same speaker.
struct QuoteExtractor: Sendable {
  struct Found: Sendable, Equatable {
    var kind: QuoteKind
    var start: Int
    var end: Int
    var speaker: Int?
    var cue: String?
    /// The token where the quote starts, for grouping into sentences.
    var token: Int
  }

  /// The speaker of a quote still open at the end of the last paragraph.
  private var continuing: (speaker: Int?, cue: String?)?

  /// Quotes of two words or fewer with no speaker are scare quotes, not speech.
  static let minimumUnattributedWords = 3

  mutating func extract(_ p: TokenizedParagraph, entities: ParagraphEntities) -> [Found] {
    let stretches = QuoteMarks.stretches(in: p)
    let inside = QuotedTokens(stretches: stretches, p: p)
    var acts: [(sentence: Range<Int>, acts: [SpeechAct])] = []
    for sentence in p.sentences {
      acts.append(
        (sentence, SpeechActFinder.acts(in: sentence, of: p, entities: entities, quoted: inside.contains)))
    }
    var found: [Found] = []
    let carried = continuing
    continuing = nil
    for (n, stretch) in stretches.enumerated() {
      var attribution: (speaker: Int?, cue: String?)?
      if n == 0, let carried, stretch.open == 0 {
        attribution = carried
      }
      attribution = attribution ?? speaker(of: stretch, in: p, entities: entities, acts: acts)
      let words = p.tokens[inside.tokenRanges[n]].filter { $0.kind == .word }.count
      if attribution?.speaker == nil, attribution?.cue == nil, words < Self.minimumUnattributedWords {
        continue
      }
      found.append(
        Found(
          kind: .direct, start: stretch.start, end: stretch.end, speaker: attribution?.speaker,
          cue: attribution?.cue, token: inside.tokenRanges[n].lowerBound))
      if stretch.close == nil { continuing = (attribution?.speaker, attribution?.cue) }
    }
    for (_, sentenceActs) in acts {
      for act in sentenceActs {
        guard let content = act.content else { continue }
        let start = p.tokens[content.lowerBound].start
        let end = p.tokens[content.upperBound - 1].end
        if inside.coverage(start, end) > 0.5 { continue }
        found.append(
          Found(
            kind: .indirect, start: start, end: end, speaker: act.speaker,
            cue: p.text(tokens: act.cue), token: content.lowerBound))
      }
    }
    return found.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// Who a quoted stretch belongs to, in order of evidence: a cue right after it ("…," Rubio
  /// said), "in his words" before it, a speech act of its sentence before or after it.
  private func speaker(
    of stretch: QuoteMarks.Stretch, in p: TokenizedParagraph, entities: ParagraphEntities,
    acts: [(sentence: Range<Int>, acts: [SpeechAct])]
  ) -> (speaker: Int?, cue: String?)? {
    let tokens = p.tokens
    if let close = stretch.close, close + 1 < tokens.count,
      p.sentence(containing: close).contains(close + 1)
    {
      var j = close + 1
      if j < tokens.count, tokens[j].isPunctuation(",") { j += 1 }
      if let mention = entities.actor(startingAt: j),
        let verb = SpeakerCue.verb(after: mention.tokens.upperBound, in: p)
      {
        return (mention.actor, p.text(tokens: verb.at..<(verb.at + verb.length)))
      }
      if j < tokens.count, let verb = SpeechVerbs.match(tokens, at: j, limit: tokens.count) {
        let after = j + verb.length
        let mention = entities.actor(startingAt: after)
        return (mention?.actor, p.text(tokens: j..<after))
      }
    }
    if let open = stretch.open, let words = InTheirWords.cue(before: open, in: p, entities: entities) {
      return words
    }
    let anchor = stretch.open ?? 0
    guard let n = p.sentenceIndex(containing: anchor) else { return nil }
    let sentenceActs = acts[n]
    let before = sentenceActs.acts.last { $0.cue.upperBound <= anchor }
    let after = sentenceActs.acts.first { $0.cue.lowerBound > (stretch.close ?? anchor) }
    for act in [before, after].compactMap({ $0 }) {
      return (act.speaker, p.text(tokens: act.cue))
    }
    return nil
  }
}

/// "in his words", "in Rubio's own words": a cue that names the speaker of the next quote.
enum InTheirWords {
  static func cue(before open: Int, in p: TokenizedParagraph, entities: ParagraphEntities) -> (
    speaker: Int?, cue: String?
  )? {
    let tokens = p.tokens
    var j = open - 1
    // "in his words, was "…"": past the comma and a copula or two.
    var skipped = 0
    while j >= 0, tokens[j].lower != "words", skipped < 4,
      tokens[j].kind == .punctuation || ["was", "is", "were", "are", "it", "be"].contains(tokens[j].lower)
    {
      j -= 1
      skipped += 1
    }
    guard j >= 0, tokens[j].lower == "words" else { return nil }
    var k = j - 1
    if k >= 0, tokens[k].lower == "own" { k -= 1 }
    if k >= 0, tokens[k].kind == .possessive { k -= 1 }
    guard k >= 1, let mention = SubjectFinder.mentionEnding(at: k, entities) else { return nil }
    let start = mention.tokens.lowerBound - 1
    guard start >= 0, tokens[start].lower == "in" else { return nil }
    return (mention.actor, p.text(tokens: start..<(j + 1)))
  }
}

/// Which tokens lie inside quotation marks. Asked once per token of the paragraph, so it is a
/// table, not a search over the stretches.
struct QuotedTokens {
  /// The tokens of each stretch, in the stretches' order.
  private(set) var tokenRanges: [Range<Int>] = []
  private var quoted: [Bool]
  private let stretches: [QuoteMarks.Stretch]

  init(stretches: [QuoteMarks.Stretch], p: TokenizedParagraph) {
    self.stretches = stretches
    quoted = [Bool](repeating: false, count: p.tokens.count)
    for s in stretches {
      let first = p.tokenIndex(atOrAfter: s.start)
      let last = p.tokenIndex(atOrAfter: s.end)
      let range = first..<max(first, last)
      tokenRanges.append(range)
      // Stretches do not overlap and are in order, so marking costs one pass in all.
      for token in range { quoted[token] = true }
    }
  }

  func contains(_ token: Int) -> Bool { token >= 0 && token < quoted.count && quoted[token] }

  /// The share of a scalar range that lies inside quotation marks. Only the stretches that
  /// overlap it are visited (found by binary search: they are in order and do not overlap).
  func coverage(_ start: Int, _ end: Int) -> Double {
    guard end > start else { return 0 }
    var low = 0
    var high = stretches.count
    while low < high {
      let mid = (low + high) / 2
      if stretches[mid].end <= start { low = mid + 1 } else { high = mid }
    }
    var inside = 0
    for s in stretches[low...] {
      if s.start >= end { break }
      inside += max(0, min(end, s.end) - max(start, s.start))
    }
    return Double(inside) / Double(end - start)
  }
}
