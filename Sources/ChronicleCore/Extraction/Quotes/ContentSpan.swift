/// Where the reported content of a speech act lies: after the verb ("said that …", "urged
/// restraint …") or before the subject ("…, Rubio said").
enum ContentSpan {
  /// Objects a verb of telling takes before its content ("told reporters that …").
  static let addressees: Set<String> = ["tell", "remind", "inform", "assure", "reassure",
    "warn", "brief", "urge", "ask", "advise", "caution"]

  static func after(
    verb cue: Range<Int>, base: String, sentence: Range<Int>, _ p: TokenizedParagraph,
    quoted: (Int) -> Bool
  ) -> Range<Int>? {
    let tokens = p.tokens
    var j = cue.upperBound
    guard j < sentence.upperBound else { return nil }
    if tokens[j].isPunctuation(",") || SpeechActFinder.isSentenceEnd(tokens[j])
      || SpeechActFinder.isClosingQuote(tokens[j])
    {
      return nil
    }
    if tokens[j].isPunctuation(":") { j += 1 }
    if addressees.contains(base) {
      // Skip the one spoken to: "told reporters", "reminded the media".
      var k = j
      while k < min(sentence.upperBound, j + 5), tokens[k].lower != "that", !tokens[k].isPunctuation(",")
      {
        k += 1
      }
      if k < sentence.upperBound, tokens[k].lower == "that" { j = k }
    }
    j = pastAdverbial(from: j, sentence, tokens)
    // '"…," Doe said after the vote', "said while stumping": a clause of time or cause after
    // the verb tells when or why it was said, not what ("said after the vote that …" does).
    if j < sentence.upperBound, tokens[j].classes.contains(.subordinator),
      adverbialOpeners.contains(tokens[j].lower)
    {
      guard let that = phraseEndingInThat(from: j, sentence, tokens) else { return nil }
      j = that
    }
    if j < sentence.upperBound, tokens[j].lower == "that" { j += 1 }
    guard j < sentence.upperBound, !isClosingAdverbial(j, sentence, tokens) else { return nil }
    var end = sentence.upperBound
    // "While Trump expressed a desire …, the U.S. has …": the content ends with the clause.
    let first = SpeechActFinder.firstWord(sentence, p)
    if first < sentence.upperBound, p.tokens[first].classes.contains(.subordinator),
      let comma = (j..<sentence.upperBound).first(where: { tokens[$0].isPunctuation(",") && !quoted($0) })
    {
      end = comma
    }
    return trimmed(j..<end, p) ?? (SpeechVerbs.isStance(base: base) ? soleObject(j..<end, p) : nil)
  }

  /// "supports Doe.", "opposes it": a stance's object of one word, a name or a pronoun.
  private static func soleObject(_ range: Range<Int>, _ p: TokenizedParagraph) -> Range<Int>? {
    let words = range.filter { p.tokens[$0].kind != .punctuation }
    guard words.count == 1, let k = words.first, p.tokens[k].kind == .word,
      p.tokens[k].isCapitalized || objectPronouns.contains(p.tokens[k].lower)
    else { return nil }
    return k..<(k + 1)
  }

  /// Pronouns that stand as the object of a verb.
  static let objectPronouns: Set<String> = ["him", "her", "them", "it", "me", "us", "you"]

  /// "said Friday that …", "said in an interview that …", "said on CNN that …": where the
  /// content starts past a time word or a short prepositional phrase that ends in "that".
  private static func pastAdverbial(from i: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int {
    var j = i
    while j < sentence.upperBound, !tokens[j].classes.isDisjoint(with: [.calendarWord, .contentTimeWord]) {
      j += 1
    }
    guard j < sentence.upperBound, tokens[j].classes.contains(.framingPreposition) else { return j }
    return phraseEndingInThat(from: j, sentence, tokens) ?? j
  }

  /// The "that" ending a short phrase that opens at `j` ("in an interview that", "after the
  /// vote that"), if one does.
  private static func phraseEndingInThat(from j: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
    var k = j + 1
    while k < min(sentence.upperBound, j + 7), tokens[k].lower != "that", tokens[k].kind != .punctuation {
      k += 1
    }
    return k < sentence.upperBound && tokens[k].lower == "that" ? k : nil
  }

  /// "…, the ministry said on Monday.", "…, Doe said in an interview with CNN.": a short
  /// phrase of time or place that runs to the end of the sentence is no content; the content
  /// then lies before the subject.
  private static func isClosingAdverbial(_ i: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    guard !tokens[i].classes.isDisjoint(with: [.calendarWord, .contentTimeWord, .closingPreposition])
    else { return false }
    var end = sentence.upperBound
    while end > i, tokens[end - 1].kind != .word, tokens[end - 1].kind != .number { end -= 1 }
    guard end - i <= 8 else { return false }
    return (i..<end).allSatisfy { k in
      tokens[k].lower != "that" && !tokens[k].isPunctuation(",") && !tokens[k].classes.contains(.speechVerb)
    }
  }

  /// Subordinators that open a clause or phrase of time or cause right after a speech verb
  /// ("said after", "said while"); not "when", "if" or "as", which open what was asked or
  /// what something was called ("asked when", "described as").
  static let adverbialOpeners: Set<String> = [
    "after", "before", "while", "once", "because", "since", "although", "though",
  ]

  /// Prepositions of a short phrase between a speech verb and "that" ("said in an interview that").
  static let framingPrepositions: Set<String> = ["in", "on", "at", "during"]

  /// Prepositions that open a closing phrase of time or place.
  static let closingPrepositions = framingPrepositions.union([
    "after", "before", "from", "via", "outside", "inside",
  ])

  /// Time words that may stand between a speech verb and its content.
  static let timeWords: Set<String> = [
    "today", "yesterday", "tonight", "earlier", "later", "again", "also", "recently", "last",
    "this", "week", "month", "year", "morning", "afternoon", "evening", "night",
  ]

  /// Words that open a subordinate clause, which ends at its first comma.
  static let subordinators: Set<String> = [
    "while", "although", "though", "as", "when", "if", "because", "since", "after", "before",
    "whereas", "unless", "once",
  ]

  /// "…, X said." — the content is the sentence up to the comma before the subject.
  static func before(subjectStart: Int, sentence: Range<Int>, _ p: TokenizedParagraph) -> Range<Int>? {
    let tokens = p.tokens
    var start = subjectStart
    // "…, the IMF said": an organisation's mention starts at its name, past the article.
    if start > sentence.lowerBound, tokens[start - 1].classes.contains(.article) { start -= 1 }
    // "…, Mr. Roe said", "…, Sen. Roe said": an honorific or title left out of the mention.
    while start > sentence.lowerBound, tokens[start - 1].isCapitalized,
      tokens[start - 1].classes.contains(.titleStart)
    {
      start -= 1
    }
    guard start > sentence.lowerBound else { return nil }
    let comma = start - 1
    guard tokens[comma].isPunctuation(",") || SpeechActFinder.isClosingQuote(tokens[comma]) else {
      return nil
    }
    return trimmed(sentence.lowerBound..<comma, p)
  }

  /// Drops leading and trailing punctuation and quote marks; `nil` when no word is left.
  static func trimmed(_ range: Range<Int>, _ p: TokenizedParagraph) -> Range<Int>? {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, p.tokens[start].kind != .word, p.tokens[start].kind != .number { start += 1 }
    while end > start, p.tokens[end - 1].kind != .word, p.tokens[end - 1].kind != .number,
      p.tokens[end - 1].kind != .possessive
    {
      end -= 1
    }
    guard end - start >= 2 else { return nil }
    return start..<closingQuote(opened: start..<end, limit: range.upperBound, p)
  }

  /// 'in his words, was "none of our business."': content that opens a quotation ends with
  /// its closing mark (past the sentence's full stop), so no mark is left unpaired.
  private static func closingQuote(opened range: Range<Int>, limit: Int, _ p: TokenizedParagraph)
    -> Int
  {
    let marks = range.filter { QuoteMarks.isDouble(p.tokens[$0]) }
    guard marks.count % 2 == 1, let last = marks.last, p.tokens[last].kind == .quote(opening: true)
    else { return range.upperBound }
    var j = range.upperBound
    while j < min(limit, range.upperBound + 2), p.tokens[j].kind == .punctuation { j += 1 }
    return j < limit && QuoteMarks.isDouble(p.tokens[j]) ? j + 1 : range.upperBound
  }
}
