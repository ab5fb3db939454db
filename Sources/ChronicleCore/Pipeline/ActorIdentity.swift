/// When two actor records are the same actor. Conservative on purpose: "Rubio" joins
/// "Marco Rubio", "M. Rubio" joins "Marco Rubio", but "Hillary Clinton" never joins
/// "Bill Clinton", and a person never joins an organisation.
public struct ActorIdentity: Sendable, Equatable {
  var kind: ActorKind
  var name: String
  var country: String?
  /// Lower-cased name and aliases, for organisations (people match by name parts): a merge
  /// keeps one identity per actor, and most actors are people.
  var names: Set<String>
  var given: [String]
  var family: String

  init(_ actor: Actor) {
    kind = actor.kind
    name = actor.name.lowercased()
    country = actor.country
    names = actor.kind == .person ? [] : Set(([actor.name] + actor.aliases).map { $0.lowercased() })
    (given, family) = Self.nameParts(actor.name)
  }

  /// The name split into given names and a family name, lowercased, dots dropped.
  static func nameParts(_ name: String) -> (given: [String], family: String) {
    var words = asciiWords(name)
      ?? name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
    guard let family = words.popLast() else { return ([], "") }
    return (words, family)
  }

  /// The lower-cased words of an all-ASCII name, cut at spaces and dots byte by byte; `nil`
  /// for other names. Extraction and merging split every actor name, and going through
  /// `Character`s (needed only where a combining mark may join a space or dot) was slow.
  private static func asciiWords(_ name: String) -> [String]? {
    var name = name
    return name.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var words: [String] = []
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x2E {
        if end > start {
          words.append(
            String(unsafeUninitializedCapacity: end - start) { word in
              for i in start..<end {
                let byte = bytes[i]
                word[i - start] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
              }
              return end - start
            })
        }
        start = end + 1
      }
      return words
    }
  }

  /// Whether two given-name lists can name the same person ("J.D." ~ "J. D.", "Marco" ~ "M.").
  static func givenNamesCompatible(_ a: [String], _ b: [String]) -> Bool {
    guard let x = a.first, let y = b.first else { return true }
    if x == y { return true }
    if x.count == 1 || y.count == 1 { return x.first == y.first }
    return false
  }

  public static func sameActor(_ a: Actor, _ b: Actor) -> Bool {
    ActorIdentity(a).isSame(as: ActorIdentity(b))
  }

  func isSame(as other: ActorIdentity) -> Bool {
    guard kind == other.kind else { return false }
    if name == other.name { return compatible(country, other.country) }
    guard kind == .person else { return !names.isDisjoint(with: other.names) }
    guard family == other.family, !family.isEmpty else { return false }
    guard Self.givenNamesCompatible(given, other.given) else { return false }
    // A bare surname on both sides says too little across documents without more agreement.
    if given.isEmpty && other.given.isEmpty {
      return country != nil && country == other.country
    }
    return compatible(country, other.country)
  }

  private func compatible(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return true }
    return a == b
  }

  /// Finds an earlier actor a new one may merge into, by family name. Positions are the
  /// merged actors' positions, recorded in order (0, 1, 2, …) or re-recorded after a merge.
  struct Registry {
    private var byFamily: [String: [Int]] = [:]
    private var identities: [ActorIdentity] = []

    mutating func record(_ identity: ActorIdentity, at position: Int) {
      if position == identities.count {
        byFamily[identity.family, default: []].append(position)
        identities.append(identity)
      } else {
        identities[position] = identity
      }
    }

    /// The position of the one earlier actor this one is the same as; `nil` when none or
    /// when several could be (ambiguity never merges).
    func match(_ identity: ActorIdentity) -> Int? {
      var found: Int?
      for position in byFamily[identity.family] ?? [] {
        let other = identities[position]
        guard other.isSame(as: identity) else { continue }
        if found != nil { return nil }
        found = position
      }
      return found
    }
  }
}

extension Actor {
  /// Takes in another record of the same actor: the fuller name, missing attributes, aliases
  /// and mentions (kept in corpus order: documents are merged in order).
  mutating func absorb(_ other: Actor) {
    var names = [name] + aliases
    if other.name.count > name.count { name = other.name }
    names += [other.name] + other.aliases
    var seen = Set<String>([name.lowercased()])
    aliases = names.filter { seen.insert($0.lowercased()).inserted }
    title = title ?? other.title
    country = country ?? other.country
    mentions += other.mentions
  }
}
