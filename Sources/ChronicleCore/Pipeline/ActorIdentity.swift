/// When two actor records are the same actor. Conservative on purpose: "Rubio" joins
/// "Marco Rubio", "M. Rubio" joins "Marco Rubio", but "Hillary Clinton" never joins
/// "Bill Clinton", and a person never joins an organisation.
public enum ActorIdentity {
  /// The name split into given names and a family name, lowercased, dots dropped.
  static func nameParts(_ name: String) -> (given: [String], family: String) {
    let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
    guard let family = words.last else { return ([], "") }
    return (Array(words.dropLast()), family)
  }

  /// Whether two given-name lists can name the same person ("J.D." ~ "J. D.", "Marco" ~ "M.").
  static func givenNamesCompatible(_ a: [String], _ b: [String]) -> Bool {
    guard let x = a.first, let y = b.first else { return true }
    if x == y { return true }
    if x.count == 1 || y.count == 1 { return x.first == y.first }
    return false
  }

  public static func sameActor(_ a: Actor, _ b: Actor) -> Bool {
    sameActor(a, nameParts(a.name), b, nameParts(b.name))
  }

  static func sameActor(
    _ a: Actor, _ pa: (given: [String], family: String), _ b: Actor,
    _ pb: (given: [String], family: String)
  ) -> Bool {
    guard a.kind == b.kind else { return false }
    if a.name.lowercased() == b.name.lowercased() { return compatible(a.country, b.country) }
    guard a.kind == .person else {
      let aliasesA = Set(([a.name] + a.aliases).map { $0.lowercased() })
      return ([b.name] + b.aliases).contains { aliasesA.contains($0.lowercased()) }
    }
    guard pa.family == pb.family, !pa.family.isEmpty else { return false }
    guard givenNamesCompatible(pa.given, pb.given) else { return false }
    // A bare surname on both sides says too little across documents without more agreement.
    if pa.given.isEmpty && pb.given.isEmpty {
      return a.country != nil && a.country == b.country
    }
    return compatible(a.country, b.country)
  }

  private static func compatible(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return true }
    return a == b
  }

  /// Finds an earlier actor a new one may merge into, by family name.
  struct Registry {
    private var byFamily: [String: [Int]] = [:]
    private var actors: [Int: (actor: Actor, parts: (given: [String], family: String))] = [:]

    mutating func record(_ actor: Actor, at position: Int) {
      let parts = ActorIdentity.nameParts(actor.name)
      if actors[position] == nil { byFamily[parts.family, default: []].append(position) }
      actors[position] = (actor, parts)
    }

    /// The position of the one earlier actor this one is the same as; `nil` when none or
    /// when several could be (ambiguity never merges).
    func match(_ actor: Actor) -> Int? {
      let parts = ActorIdentity.nameParts(actor.name)
      let candidates = (byFamily[parts.family] ?? []).filter { position in
        actors[position].map { ActorIdentity.sameActor($0.actor, $0.parts, actor, parts) } ?? false
      }
      return candidates.count == 1 ? candidates[0] : nil
    }
  }
}

extension Actor {
  /// Takes in another record of the same actor: the fuller name, missing attributes, aliases
  /// and mentions.
  mutating func absorb(_ other: Actor) {
    var names = [name] + aliases
    if other.name.count > name.count {
      name = other.name
    }
    names += [other.name] + other.aliases
    var seen = Set<String>([name.lowercased()])
    aliases = names.filter { seen.insert($0.lowercased()).inserted }
    title = title ?? other.title
    country = country ?? other.country
    mentions = (mentions + other.mentions).sorted()
  }
}
