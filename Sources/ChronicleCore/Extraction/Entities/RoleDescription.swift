/// "the Vermont senator said", "the New York businessman says": a person named by a
/// description instead of a name. News writes one to avoid repeating a name given shortly
/// before, so it stands for the last person named with that role
/// (`ActorRegistry.describedPerson`).
/// Descriptions are kept apart from name mentions for speaker attribution, and become
/// mentions of the person only when sure of them (a title or a candidacy).
enum RoleDescription {
  /// Lower-case nouns that end a description of a person.
  static let heads: Set<String> = Titles.roleNouns.union([
    "businessman", "businesswoman", "congressman", "congresswoman", "lawmaker", "billionaire",
    "nominee", "candidate", "democrat", "republican", "incumbent", "challenger", "president-elect",
  ])

  /// Heads that describe a candidacy ("the Republican nominee"): the person a campaign story
  /// is about, not an office some other person of the story may hold.
  static let candidacyHeads: Set<String> = ["nominee", "candidate", "challenger", "incumbent"]

  /// Roles whose descriptions ("the spokesman", "the official") stand for someone named with
  /// that title only: without one they are an unnamed voice, not the last person named.
  static let anonymousRoles: Set<String> = ["spokesman", "official"]

  /// Words a description may hold between "the" and its head: capitalised words ("Vermont",
  /// "U.S."), title modifiers ("former", "deputy"), the standing of a candidate or member
  /// ("the presumptive nominee", "the independent senator") and the glue of a double role
  /// ("the former first lady and U.S. senator"). Role heads and hyphens may stand inside too
  /// ("the Florida senator and presidential candidate", "the vice-presidential nominee").
  private static let inner: Set<String> = Titles.modifiers.union([
    "current", "longtime", "veteran", "presidential", "first", "lady", "and", "of", "secretary",
    "republican", "democratic", "presumptive", "independent", "outgoing",
  ])

  /// How many words may stand between "the" and the head.
  static let reach = 9

  /// Whether the lower-case words from `i` end a description of a person with no name after
  /// it ("the GOP presidential nominee argued", "Former DNC chairman calls for …"): the
  /// organisation named before them qualifies the person's role, and is no mention of its
  /// own. Not for an unnamed voice ("a White House official said"), which speaks for the
  /// organisation.
  static func follows(_ i: Int, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    var k = i
    while k < tokens.count, k - i <= reach {
      let t = tokens[k]
      guard t.kind == .word, !t.isCapitalized else { return false }
      if t.classes.contains(.roleHead) {
        guard !anonymousRoles.contains(Titles.canonicalRole(t.lower)) else { return false }
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return !(next.kind == .word && next.isCapitalized) && next.kind != .possessive
          && next.lower != "of"
      }
      guard inner.contains(t.lower) else { return false }
      k += 1
    }
    return false
  }

  /// The tokens of a description whose head is at `head`, from its "the"; `nil` when the
  /// word is no head or the phrase is not a description ("the senator's bill" is a
  /// possessive, "the president of the club" goes on).
  static func range(head: Int, in p: TokenizedParagraph) -> Range<Int>? {
    let tokens = p.tokens
    let t = tokens[head]
    guard t.kind == .word, !t.isCapitalized, t.classes.contains(.roleHead) else { return nil }
    if head + 1 < tokens.count {
      let next = tokens[head + 1]
      if next.kind == .possessive || next.lower == "of" { return nil }
      // "the Florida senator and presidential candidate": one description, read at its last head.
      if next.lower == "and", endsDoubleRole(after: head + 1, in: p) { return nil }
    }
    let sentenceStart = p.sentenceStart(of: head)
    var k = head - 1
    while k >= sentenceStart, head - k <= reach + 1 {
      let w = tokens[k]
      if w.lower == "the" { return k..<(head + 1) }
      if w.isPunctuation("-") {
        k -= 1
        continue
      }
      guard w.kind == .word,
        w.isCapitalized || inner.contains(w.lower) || w.classes.contains(.roleHead)
      else { return nil }
      k -= 1
    }
    return nil
  }

  /// Whether the words after the "and" at `and` end in another role head, with only the
  /// words a description holds before it.
  private static func endsDoubleRole(after and: Int, in p: TokenizedParagraph) -> Bool {
    let tokens = p.tokens
    var k = and + 1
    while k < min(tokens.count, and + 1 + reach) {
      let w = tokens[k]
      if w.kind == .word, !w.isCapitalized, w.classes.contains(.roleHead) { return true }
      guard w.isPunctuation("-") || (w.kind == .word && (w.isCapitalized || inner.contains(w.lower)))
      else { return false }
      k += 1
    }
    return false
  }
}
