/// The actors of one document as they are met in reading order: merges a new mention into an
/// earlier actor when the names agree ("Rubio" → "Marco Rubio"), and resolves pronouns and
/// role nouns ("he", "the President") to the last fitting person.
struct ActorRegistry: Sendable {
  struct Record: Sendable {
    var name: String
    var kind: ActorKind
    var title: String?
    var country: String?
    var gender: GivenNames.Gender
    var aliases: [String] = []
    var mentions: [TextSpan] = []
    /// Where it was last mentioned, as (paragraph, token), for recency.
    var lastSeen = (paragraph: 0, token: 0)
  }

  private(set) var records: [Record] = []

  /// The family name: the last word of a person's name ("Marco Rubio" → "Rubio").
  static func familyName(_ name: String) -> String {
    String(name.split(separator: " ").last ?? Substring(name))
  }

  /// Finds or creates the actor a named mention stands for; returns its position.
  mutating func actor(
    named name: String, kind: ActorKind, title: String?, country: String?,
    gender: GivenNames.Gender
  ) -> Int {
    if let existing = find(name: name, kind: kind, country: country) {
      var r = records[existing]
      let words = name.split(separator: " ").count
      if words > r.name.split(separator: " ").count {
        if !r.aliases.contains(r.name) { r.aliases.append(r.name) }
        r.name = name
        r.aliases.removeAll { $0 == name }
      } else if name != r.name, !r.aliases.contains(name) {
        r.aliases.append(name)
      }
      if r.title == nil || (title != nil && Titles.weak.contains(r.title!.lowercased())) {
        r.title = title ?? r.title
      }
      r.country = r.country ?? country
      if r.gender == .unknown { r.gender = gender }
      records[existing] = r
      return existing
    }
    records.append(
      Record(name: name, kind: kind, title: title, country: country, gender: gender))
    return records.count - 1
  }

  /// An actor an unqualified name already stands for ("Rubio" after "Marco Rubio").
  func find(name: String, kind: ActorKind? = nil, country: String? = nil) -> Int? {
    let lowered = name.lowercased()
    var best: Int?
    for (position, r) in records.enumerated().reversed() {
      if let kind, r.kind != kind { continue }
      if r.name.lowercased() == lowered || r.aliases.contains(where: { $0.lowercased() == lowered })
      {
        return position
      }
      guard r.kind == .person, (kind ?? .person) == .person else { continue }
      let mine = ActorIdentity.nameParts(name)
      let theirs = ActorIdentity.nameParts(r.name)
      guard mine.family == theirs.family, !mine.family.isEmpty,
        ActorIdentity.givenNamesCompatible(mine.given, theirs.given)
      else { continue }
      if let country, let theirCountry = r.country, country != theirCountry { continue }
      if best == nil { best = position }
    }
    return best
  }

  mutating func mention(_ position: Int, span: TextSpan, token: Int) {
    records[position].mentions.append(span)
    records[position].lastSeen = (span.paragraph, token)
  }

  mutating func setCountryIfMissing(_ position: Int, _ code: String) {
    if records[position].country == nil { records[position].country = code }
  }

  mutating func setTitleIfMissing(_ position: Int, _ title: String) {
    if records[position].title == nil { records[position].title = title }
  }

  /// The last person mentioned whose gender fits the pronoun's.
  func lastPerson(gender: GivenNames.Gender) -> Int? {
    var best: Int?
    var bestSeen = (paragraph: -1, token: -1)
    for (position, r) in records.enumerated() where r.kind == .person {
      if gender != .unknown, r.gender != .unknown, r.gender != gender { continue }
      if r.lastSeen > bestSeen {
        best = position
        bestSeen = r.lastSeen
      }
    }
    return best
  }

  /// The last person who holds a title ("the President" → the last president named).
  func lastPerson(withTitle role: String) -> Int? {
    let lowered = role.lowercased()
    var best: Int?
    var bestSeen = (paragraph: -1, token: -1)
    for (position, r) in records.enumerated() where r.kind == .person {
      guard let title = r.title?.lowercased() else { continue }
      let words = title.split(separator: " ").map(String.init)
      let subordinate = words.contains { ["vice", "deputy", "assistant", "former", "under"].contains($0) }
      guard title == lowered || (words.last == lowered && !subordinate) else { continue }
      if r.lastSeen > bestSeen {
        best = position
        bestSeen = r.lastSeen
      }
    }
    return best
  }
}

extension ActorRegistry {
  mutating func addAlias(_ position: Int, _ alias: String) {
    if !records[position].aliases.contains(alias) { records[position].aliases.append(alias) }
  }
}
