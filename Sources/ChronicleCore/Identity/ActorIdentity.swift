/// Who an actor record is across a corpus: the key that puts records of one actor together
/// ("Hillary Rodham Clinton" and "Hillary Clinton" → `hillary clinton`), computed from the
/// record alone so that the grouping cannot depend on the order records arrive in. Records
/// a key leaves apart yet may be one actor ("Clinton", "H. Clinton") are settled by
/// `ActorClusters` once the whole corpus is known.
enum ActorIdentity {
  /// Name suffixes that tell a father from a son ("Donald Trump Jr."): kept in the key.
  static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
  /// The longest suffix in UTF-8 bytes: a longer word (most family names) is no suffix,
  /// known without hashing it.
  private static let longestSuffix = suffixes.map(\.utf8.count).max() ?? 0
  /// Lower-case particles of family names ("de Blasio", "van Rompuy", "bin Salman").
  static let particles: Set<String> = ["de", "van", "von", "der", "den", "du", "del", "della", "bin", "ibn", "ter"]

  /// A person's key parts: the first given name (or initial; a short form as its formal name,
  /// "Len" as "leonard"), the family name and a suffix.
  struct PersonKey: Hashable, Sendable {
    var given: String
    var family: String
    var suffix: String

    init(_ name: String) {
      // "O’Neill" and "O'Neill": one name (the curly apostrophe is three bytes from 0xE2).
      let plain = name.utf8.contains(0xE2) ? name.replacingOccurrences(of: "\u{2019}", with: "'") : name
      var (given, family, suffix) = ActorIdentity.personParts(plain)
      // "Bill de Blasio" and "De Blasio": a particle belongs to the family name.
      given.removeAll(where: ActorIdentity.particles.contains)
      self.given = given.first.map(Nicknames.formal) ?? ""
      self.family = family
      self.suffix = suffix
    }

    /// Whether the given name is a known first name: "Post Trump" or "Guajardo Villarreal"
    /// (a headline word, a first surname) may stand for a fuller name as a bare surname does.
    var isKnownGiven: Bool {
      !given.isEmpty && GivenNames.shared.contains(given.prefix(1).uppercased() + given.dropFirst())
    }

    /// Whether the key may stand for a fuller name: a bare surname, an initial, or a first
    /// word that is no known given name.
    var isPartial: Bool { given.count <= 1 || !isKnownGiven }
  }

  /// The key of a record: a person's first given name, family name and suffix (`person`, if
  /// already read); an organisation's lower-cased name without a leading "the".
  static func key(_ actor: Actor, person: PersonKey?) -> String {
    switch actor.kind {
    case .person:
      let k = person ?? PersonKey(actor.name)
      return "p:" + k.given + " " + k.family + " " + k.suffix
    case .organisation:
      var name = actor.name.lowercased()
      if name.hasPrefix("the ") { name.removeFirst(4) }
      return "o:" + name
    }
  }

  /// The name split into given names and a family name, lowercased, dots dropped. A family
  /// name and a hyphenated given name with a lower-case second half ("Ban Ki-moon", "Moon
  /// Jae-in") are in East Asian order: the family name comes first ("Mr. Ban").
  static func nameParts(_ name: String) -> (given: [String], family: String) {
    var words = asciiWords(name)
      ?? name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).map(String.init)
    if words.count == 2, hasSyllableGivenName(name) { return ([words[1]], words[0]) }
    guard let family = words.popLast() else { return ([], "") }
    return (words, family)
  }

  /// Whether the name's last word is a hyphenated given name whose second half is
  /// lower-case ("Ki-moon"; "Jean-Paul" is capitalised). An all-ASCII name is read byte by
  /// byte: going through its `Character`s was a twentieth of a merge's time.
  private static func hasSyllableGivenName(_ name: String) -> Bool {
    var name = name
    let ascii = name.withUTF8 { bytes -> Bool? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var end = bytes.count
      while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
      var start = end
      while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
      guard let hyphen = bytes[start..<end].firstIndex(of: 0x2D), hyphen + 1 < end else {
        return false
      }
      return (0x61...0x7A).contains(bytes[hyphen + 1])
    }
    if let ascii { return ascii }
    guard let last = name.split(separator: " ").last, let hyphen = last.firstIndex(of: "-"),
      let second = last[last.index(after: hyphen)...].first
    else { return false }
    return second.isLowercase
  }

  /// A person's name as given names, a family name and a suffix, lower-cased.
  typealias PersonParts = (given: [String], family: String, suffix: String)

  /// The name split into given names, a family name and a suffix ("Jr.", kept apart: "Joseph
  /// R. Biden Jr." has the family name "biden"), lower-cased, dots dropped.
  static func personParts(_ name: String) -> PersonParts {
    var (given, family) = nameParts(name)
    guard family.utf8.count <= longestSuffix, suffixes.contains(family), let last = given.popLast()
    else { return (given, family, "") }
    return (given, last, family)
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

  /// Whether two given-name lists can name the same person ("J.D." ~ "J. D.", "Marco" ~ "M.",
  /// "Len" ~ "Leonard").
  static func givenNamesCompatible(_ a: [String], _ b: [String]) -> Bool {
    guard let x = a.first.map(Nicknames.formal), let y = b.first.map(Nicknames.formal) else {
      return true
    }
    if x == y { return true }
    if x.count == 1 || y.count == 1 { return x.first == y.first }
    return false
  }
}
