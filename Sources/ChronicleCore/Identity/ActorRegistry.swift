/// The actors of one document as they are met in reading order: merges a new mention into an
/// earlier actor when the names agree ("Rubio" → "Marco Rubio"), and resolves pronouns and
/// role nouns ("he", "the President") to the last fitting person. Every lookup goes through
/// an index, so a document with thousands of names stays linear.
struct ActorRegistry: Sendable {
  struct Record: Sendable {
    private(set) var name: String
    var kind: ActorKind
    var title: String? {
      didSet { role = ActorRegistry.role(of: title) }
    }
    var country: String?
    var gender: GivenNames.Gender
    var aliases: [String] = []
    var mentions: [TextSpan] = []
    /// How often the person's name was met inside an organisation's ("the Roe campaign"): no
    /// mention of them, but it tells whom the story is about as much as one.
    var namedInPassing = 0
    /// The given names, family name and suffix of `name`, kept with it: `find` compares the
    /// given names for every namesake, and splitting each candidate's name again was a hot spot.
    private(set) var givenNames: [String]
    private(set) var familyName: String
    private(set) var suffix: String
    /// The role word of `title`, kept with it: every mention of a person asks for it.
    private(set) var role: String?

    /// How much the story names the person: their mentions and their name in passing.
    var weight: Int { mentions.count + namedInPassing }

    /// A role no title gives ("Dr." says a doctor): kept until a title gives one.
    mutating func holdRole(_ role: String) { self.role = role }

    /// `parts`: `ActorIdentity.personParts(name)`, when the caller has split the name already.
    init(
      name: String, parts: ActorIdentity.PersonParts? = nil, kind: ActorKind, title: String?,
      country: String?, gender: GivenNames.Gender
    ) {
      self.name = name
      self.kind = kind
      self.title = title
      self.country = country
      self.gender = gender
      (givenNames, familyName, suffix) = parts ?? ActorIdentity.personParts(name)
      role = ActorRegistry.role(of: title)
    }

    /// Gives the record a fuller name and its parts (`parts` as for `init`).
    mutating func rename(_ name: String, parts: ActorIdentity.PersonParts?) {
      self.name = name
      (givenNames, familyName, suffix) = parts ?? ActorIdentity.personParts(name)
    }
  }

  private(set) var records: [Record] = []
  /// Lower-cased names and aliases → actor.
  private var byName: [String: Int] = [:]
  /// Lower-cased family name → people with it, oldest first.
  private var byFamily: [String: [Int]] = [:]
  /// People by recency of mention, most recent last, at most `recentLimit`.
  private var recent: [Int] = []
  /// Role word ("president") → the last person mentioned who holds it.
  private var byRole: [String: Int] = [:]
  /// Last word of an organisation's name ("post") → the organisations named so.
  private var organisationsByLastWord: [String: [Int]] = [:]

  static let recentLimit = 24

  /// Finds or creates the actor a named mention stands for; returns its position. The name
  /// is split into its parts at most once, for finding, making and renaming a record alike.
  mutating func actor(
    named name: String, kind: ActorKind, title: String?, country: String?,
    gender: GivenNames.Gender
  ) -> Int {
    // A description ("a senior official") is found by its own words only.
    let isDescription = UnnamedSource.isDescription(name)
    let (existing, parts) = isDescription
      ? (byName[name.lowercased()], nil)
      : lookup(name: name, kind: kind, country: country, gender: gender)
    guard let existing else {
      records.append(
        Record(name: name, parts: parts, kind: kind, title: title, country: country, gender: gender))
      let position = records.count - 1
      index(name, for: position)
      if kind == .person, !isDescription {
        byFamily[records[position].familyName, default: []].append(position)
      }
      if kind == .organisation, let last = name.split(separator: " ").last, last != Substring(name) {
        organisationsByLastWord[last.lowercased(), default: []].append(position)
      }
      return position
    }
    Self.merge(
      name: name, parts: parts, title: title, country: country, gender: gender,
      into: &records[existing])
    index(name, for: existing)
    return existing
  }

  /// Takes a new mention's name and attributes into a record: the fuller name (the other one
  /// kept as an alias) and what the record lacks. In place: copying the record out and back
  /// in copied its lists as well.
  private static func merge(
    name: String, parts: ActorIdentity.PersonParts?, title: String?, country: String?,
    gender: GivenNames.Gender, into r: inout Record
  ) {
    if wordCount(name) > wordCount(r.name) {
      if !r.aliases.contains(r.name) { r.aliases.append(r.name) }
      r.rename(name, parts: parts)
      r.aliases.removeAll { $0 == name }
    } else if name != r.name, !r.aliases.contains(name) {
      r.aliases.append(name)
    }
    if let title, r.title == nil || Titles.weak.contains(r.title?.lowercased() ?? "") {
      r.title = title
    }
    r.country = r.country ?? country
    if r.gender == .unknown { r.gender = gender }
  }

  /// An actor an unqualified name already stands for ("Rubio" after "Marco Rubio"). A bare
  /// surname shared by relatives ("Cruz" after Ted and Heidi Cruz) goes to the one mentioned
  /// most, the story's subject, and "Mrs. Cruz" (`gender`) only to a woman. A full name with
  /// another suffix is someone else ("Donald Trump Jr." is not "Donald Trump").
  func find(
    name: String, kind: ActorKind? = nil, country: String? = nil,
    gender: GivenNames.Gender = .unknown
  ) -> Int? {
    lookup(name: name, kind: kind, country: country, gender: gender).position
  }

  /// `find`, with the parts of the name when it had to split it.
  private func lookup(
    name: String, kind: ActorKind?, country: String?, gender: GivenNames.Gender
  ) -> (position: Int?, parts: ActorIdentity.PersonParts?) {
    if let position = byName[name.lowercased()], kind == nil || records[position].kind == kind {
      return (position, nil)
    }
    guard (kind ?? .person) == .person else { return (nil, nil) }
    let mine = ActorIdentity.personParts(name)
    var found: Int?
    for position in (byFamily[mine.family] ?? []).reversed() {
      let r = records[position]
      guard ActorIdentity.givenNamesCompatible(mine.given, r.givenNames),
        mine.given.isEmpty || r.givenNames.isEmpty || mine.suffix == r.suffix
      else { continue }
      if let country, let theirCountry = r.country, country != theirCountry { continue }
      if gender != .unknown, r.gender != .unknown, r.gender != gender { continue }
      guard mine.given.isEmpty else { return (position, mine) }
      if found.map({ r.weight >= records[$0].weight }) ?? true { found = position }
    }
    return (found, mine)
  }

  mutating func mention(_ position: Int, span: TextSpan) {
    records[position].mentions.append(span)
    // A description names no one a later pronoun or role can stand for.
    guard records[position].kind == .person, !UnnamedSource.isDescription(records[position].name)
    else { return }
    recent.removeAll { $0 == position }
    recent.append(position)
    if recent.count > Self.recentLimit { recent.removeFirst() }
    if let role = records[position].role { byRole[role] = position }
  }

  /// Adds a mention met again after the document was read, in reading order among the
  /// others and without making the actor the most recent one.
  mutating func lateMention(_ position: Int, span: TextSpan) {
    let at = records[position].mentions.firstIndex {
      ($0.paragraph, $0.start) > (span.paragraph, span.start)
    } ?? records[position].mentions.endIndex
    records[position].mentions.insert(span, at: at)
  }

  /// Counts a person's name met inside an organisation's ("the Roe campaign").
  mutating func nameInPassing(_ position: Int) { records[position].namedInPassing += 1 }

  mutating func addAlias(_ position: Int, _ alias: String) {
    if !records[position].aliases.contains(alias) { records[position].aliases.append(alias) }
    index(alias, for: position)
  }

  /// Gives a record the country a later mention tells ("Ban, a diplomat from South Korea"),
  /// unless it has one.
  mutating func addCountry(_ position: Int, _ country: String) {
    records[position].country = records[position].country ?? country
  }

  /// Keeps a description that stood for a person ("Vermont senator") with its other names,
  /// so that the reader sees whom "the Vermont senator" meant. Not indexed: a description
  /// finds no one by name.
  mutating func addDescription(_ position: Int, _ description: String) {
    let r = records[position]
    guard description != r.name, !r.aliases.contains(description) else { return }
    records[position].aliases.append(description)
  }

  /// The last person mentioned whose gender fits the pronoun's.
  func lastPerson(gender: GivenNames.Gender) -> Int? {
    recent.last { position in
      let g = records[position].gender
      return gender == .unknown || g == .unknown || g == gender
    }
  }

  /// The one organisation of the document whose name of two words or more ends in `word`
  /// ("New York Post" for "Post"), if only one does.
  func onlyOrganisation(endingWith word: String) -> Int? {
    guard let found = organisationsByLastWord[word.lowercased()], found.count == 1 else { return nil }
    return found[0]
  }

  /// The one person of the document who holds a role, if only one does.
  func onlyPerson(withRole role: String) -> Int? {
    var holder: Int?
    for position in records.indices where records[position].kind == .person && records[position].role == role {
      guard holder == nil else { return nil }
      holder = position
    }
    return holder
  }

  /// Gives a person the role an honorific names ("Dr." → doctor) when no title gives one:
  /// the honorific is too common to keep as a title, but says what the person is.
  mutating func addRole(_ position: Int, ofHonorific honorific: String) {
    guard records[position].role == nil, let role = Titles.honorificRoles[honorific.lowercased()]
    else { return }
    records[position].holdRole(role)
  }

  /// The last person who holds a title ("the President" → the last president named).
  func lastPerson(withTitle role: String) -> Int? { byRole[Titles.canonicalRole(role)] }

  /// The person a description stands for ("the Vermont senator"): the last one named with
  /// that role, unless the same sentence names them (then the description is someone else).
  /// With nobody holding the role, the last person named twice or more (a person the story
  /// is about) who holds no other role and is of the description's country if it names one
  /// ("the Democratic front-runner" after "Jane Roe", "the Russian leader" only for a
  /// Russian): news writes a description for a person it has just named. Spokesmen and
  /// officials are the exception: unnamed, they are someone else's voice. `isTitled` says
  /// whether the person holds the role's title (rather than being the last fitting one).
  func describedPerson(
    role: String, country: String?, excluding: Set<Int>
  ) -> (person: Int, isTitled: Bool)? {
    let role = Titles.canonicalRole(role)
    if let titled = byRole[role] { return excluding.contains(titled) ? nil : (titled, true) }
    guard !RoleDescription.anonymousRoles.contains(role) else { return nil }
    let person = recent.last { position in
      let r = records[position]
      return !excluding.contains(position) && r.mentions.count >= 2
        && (r.role == nil || r.role == role) && (country == nil || r.country == country)
    }
    return person.map { ($0, false) }
  }

  private static let subordinateRoleWords: Set<String> = [
    "vice", "deputy", "assistant", "former", "under",
  ]

  /// The role word of a title, unless the title is a subordinate one ("Vice President").
  static func role(of title: String?) -> String? {
    // Split by scalars: a title is words and spaces, and splitting by `Character` was slow.
    guard let title else { return nil }
    var words = title.lowercased().unicodeScalars.split(separator: " ").map { String(Substring($0)) }
    // "Secretary of State": the role is the word before "of".
    if let of = words.firstIndex(of: "of") { words = Array(words[..<of]) }
    guard let last = words.last else { return nil }
    return words.contains(where: subordinateRoleWords.contains) ? nil : Titles.canonicalRole(last)
  }

  /// The number of space-separated words in a name, counted without splitting it.
  private static func wordCount(_ name: String) -> Int {
    var count = 0
    var previous: UInt8 = 0x20
    for byte in name.utf8 {
      if previous == 0x20, byte != 0x20 { count += 1 }
      previous = byte
    }
    return count
  }

  private mutating func index(_ name: String, for position: Int) {
    let key = name.lowercased()
    if let current = byName[key], records[current].kind != records[position].kind { return }
    byName[key] = position
  }
}
