/// The speaker named after the cue rather than before it: "…," said Rep. Jane Doe; "…," said
/// the Rev. John Roe; "…" ― Jane Doe. News puts a determiner, titles and short modifiers
/// ("9/11 widow") between the cue and the name, so the name need not follow the cue at once.
enum InvertedSubject {
  /// How far past the cue the name may start.
  static let reach = 8

  /// The actor mention that starts within `reach` tokens of `i`, with only title-like words
  /// before it, and that ends the phrase (a name followed by a noun, as in "the Trump
  /// campaign", is a modifier, not the speaker).
  static func mention(
    at i: Int, limit: Int, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    titled(at: i, limit: limit, in: p, entities: entities)
      ?? namedAfterRole(at: i, limit: limit, in: p, entities: entities)
  }

  /// How long the role before a name in commas may be, in tokens.
  static let roleReach = 14

  /// '"…," said a spokeswoman for the company, Jane Roe.': a role that opens with a
  /// determiner, a comma, and a name that ends the clause.
  private static func namedAfterRole(
    at i: Int, limit: Int, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    guard i < limit else { return nil }
    // "said Doe's deputy campaign manager, Jane Roe": a possessive name opens the role too.
    let owner = entities.actor(startingAt: i).map(\.tokens.upperBound)
      .flatMap { $0 < limit && tokens[$0].kind == .possessive ? $0 : nil }
    guard owner != nil || roleOpeners.contains(tokens[i].lower) else { return nil }
    var comma = (owner ?? i) + 1
    while comma < min(limit, i + roleReach), !tokens[comma].isPunctuation(",") {
      let t = tokens[comma]
      guard t.kind == .word || t.kind == .number || t.kind == .possessive || t.isPunctuation("-"),
        !t.classes.contains(.speechVerb), !relatives.contains(t.lower)
      else { return nil }
      comma += 1
    }
    // "…, Jane Roe of the Harlow Institute": the place of work after the name ends it too.
    guard comma < limit, tokens[comma].isPunctuation(","),
      let name = entities.actor(startingAt: comma + 1),
      name.tokens.upperBound >= limit || tokens[name.tokens.upperBound].kind == .punctuation
        || tokens[name.tokens.upperBound].lower == "of"
    else { return nil }
    return name
  }

  /// Words that open a role before a name ("a spokeswoman", "another user", "his aide").
  private static let roleOpeners: Set<String> = [
    "a", "an", "the", "another", "one", "his", "her", "their", "its",
  ]

  /// Words that turn a role into a clause ("a man who …"): no name in commas follows.
  private static let relatives: Set<String> = ["who", "which", "that", "whose", "whom"]

  private static func titled(
    at i: Int, limit: Int, in p: TokenizedParagraph, entities: ParagraphEntities
  ) -> ParagraphEntities.ActorMention? {
    let tokens = p.tokens
    var j = i
    while j < min(limit, i + reach) {
      if let m = entities.actor(startingAt: j) {
        if endsPhrase(at: m.tokens.upperBound, p) { return m }
        // "said a Twitter spokesman": the name speaks through its spokesperson or document.
        let voice = m.tokens.upperBound
        if voice < limit, SubjectFinder.voiceOwner(ofNounAt: voice, p, entities) == m,
          endsPhrase(at: voice + 1, p)
        {
          return m
        }
        j = m.tokens.upperBound
        continue
      }
      // "said Clinton's top foreign policy aide Jake Sullivan": a possessive is a lead-in too,
      // and so are the glue words of a long title ("former secretary of state Jane Roe",
      // "former Ohio Gov. and party Chairman Tom Doe").
      let joined = j > i && titleGlue.contains(tokens[j - 1].lower) && tokens[j].kind == .word
      guard isTitleLike(tokens[j]) || tokens[j].kind == .possessive || joined
        || (j > i && titleGlue.contains(tokens[j].lower) && isTitleLike(tokens[j - 1]))
      else { return nil }
      j += 1
    }
    return nil
  }

  /// Words that join the words of a title ("secretary of state", "Gov. and Chairman").
  private static let titleGlue: Set<String> = ["of", "and"]

  /// Words that may stand between a cue and the name: capitalised title words ("Rep.",
  /// "Sen."), articles, numbers ("9/11"), and lower-case role words ("widow", "adviser").
  static func isTitleLike(_ t: Token) -> Bool {
    switch t.kind {
    case .number: return true
    case .punctuation: return t.text == "/" || t.text == "-"
    case .word:
      if t.isCapitalized || t.classes.contains(.article) { return true }
      return !CommonWords.contains(t) && !t.classes.contains(.speechVerb)
    default: return false
    }
  }

  /// Whether a name ending before token `j` ends the speaker phrase.
  private static func endsPhrase(at j: Int, _ p: TokenizedParagraph) -> Bool {
    guard j < p.tokens.count else { return true }
    let t = p.tokens[j]
    switch t.kind {
    case .word:
      if t.isCapitalized { return t.classes.contains(.calendarWord) }
      return CommonWords.contains(t)
    case .possessive: return false
    default: return true
    }
  }
}
