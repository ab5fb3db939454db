/// The actors of a corpus as groups of records, built so that the same records in any order,
/// or the same document twice, give the same actors.
///
/// Records with one `ActorIdentity.key` join one cluster as they come, and a cluster's number
/// never changes, so a streamed export can write its references before the corpus is
/// complete. What only the whole corpus can settle waits for `resolve()`: a bare surname
/// ("Rubio"), an initial ("M. Rubio") or a first word that is no given name ("Post Trump")
/// joins the full name that fits it when there is one,
/// or one that far outweighs the others, and stays apart when several fit about as well.
/// Attributes are chosen by weight of evidence (most records), never by arrival.
struct ActorClusters: Sendable {
  struct Cluster: Sendable {
    var kind: ActorKind
    var person: ActorIdentity.PersonKey?
    /// Every name and alias, in order of first arrival, with how many records gave it.
    var names: [String] = []
    var nameCounts: [String: Int] = [:]
    /// How many records gave each name as their own (not as an alias).
    var ownNameCounts: [String: Int] = [:]
    var titleVotes: [String: Int] = [:]
    var countryVotes: [String: Int] = [:]
    var mentions: [MergedMention] = []
  }

  private(set) var clusters: [Cluster] = []
  private var byKey: [String: Int] = [:]

  /// Takes in a record and its mentions (in place of its own, which are not read); returns
  /// its cluster's number.
  mutating func add(_ actor: Actor, mentions: [MergedMention]) -> Int {
    let isDescription = actor.isDescription
    let person = actor.kind == .person && !isDescription ? ActorIdentity.PersonKey(actor.name) : nil
    // A description is one person of one article: it has no person key, so no surname
    // resolves into it, and its key is its words and where they stand in the article, so it
    // joins only the same description of a copy of that article (copies add no actors).
    let key = isDescription
      ? "u:" + actor.name + mentions.map { " \($0.paragraph):\($0.start)" }.joined()
      : ActorIdentity.key(actor, person: person)
    let position: Int
    if let known = byKey[key] {
      position = known
    } else {
      position = clusters.count
      byKey[key] = position
      clusters.append(Cluster(kind: actor.kind, person: person))
    }
    clusters[position].take(actor, mentions: mentions)
    return position
  }

  /// The resolved actors, numbered `a1`, `a2`, … in order of first arrival, and each
  /// cluster's actor id. An actor's country is the one most of its records give, else the
  /// one most records of the corpus give: a month of one outlet's news quotes mostly one
  /// country's people. (The country an article's placed people share was tried and was
  /// worse: a story about Russia quotes American experts.)
  ///
  /// The actors come without their mentions: those are `mentions`, by actor position, taken
  /// over from the clusters (a merge resolves once, at its end): holding both copies was the
  /// peak of a large merge's memory. `documentIDs` are the ids the mentions' documents
  /// number.
  mutating func resolve(documentIDs: [String]) -> (
    actors: [Actor], mentions: [[MergedMention]], ids: [String]
  ) {
    let target = targets()
    var groups: [Int: [Int]] = [:]
    var order: [Int] = []
    for position in clusters.indices {
      if groups[target[position]] == nil { order.append(target[position]) }
      groups[target[position], default: []].append(position)
    }
    var corpusVotes: [String: Int] = [:]
    for cluster in clusters { corpusVotes.merge(cluster.countryVotes, uniquingKeysWith: +) }
    let corpusCountry = Self.mostVoted(corpusVotes)
    var ids = [String](repeating: "", count: clusters.count)
    // Document ids are `d` + a number: mentions sort by it.
    let documentOrder = documentIDs.map { Int($0.dropFirst()) ?? 0 }
    var actors: [Actor] = []
    var mentions: [[MergedMention]] = []
    actors.reserveCapacity(order.count)
    mentions.reserveCapacity(order.count)
    for head in order {
      let id = RecordID.make("a", actors.count + 1)
      let members = groups[head] ?? []
      for member in members { ids[member] = id }
      let (made, its) = actor(id: id, head: head, members: members, documentOrder: documentOrder)
      var resolved = made
      if !resolved.isDescription { resolved.country = resolved.country ?? corpusCountry }
      actors.append(resolved)
      mentions.append(its)
    }
    return (actors, mentions, ids)
  }

  /// The cluster each cluster resolves into: itself, or for a bare surname or an initial the
  /// one cluster with a full given name that fits it.
  private func targets() -> [Int] {
    var fullByFamily: [String: [Int]] = [:]
    var suffixedByName: [String: [Int]] = [:]
    for (position, cluster) in clusters.enumerated() {
      guard let key = cluster.person, key.given.count > 1 else { continue }
      fullByFamily[key.family, default: []].append(position)
      if !key.suffix.isEmpty { suffixedByName[key.given + " " + key.family, default: []].append(position) }
    }
    var personByName: [String: Int] = [:]
    for (position, cluster) in clusters.enumerated() where cluster.person?.isKnownGiven == true {
      let name = Self.fullestName(cluster.ownNameCounts)
      if (2...3).contains(Self.words(name).count) {
        personByName[name.lowercased()] = position
      }
    }
    var organisationByName: [String: Int] = [:]
    var organisationsByInitials: [String: [Int]] = [:]
    var organisationsByLastWord: [String: [Int]] = [:]
    for (position, cluster) in clusters.enumerated() where cluster.kind == .organisation {
      let name = Self.fullestName(cluster.ownNameCounts)
      if let initials = Self.initials(of: name) {
        organisationsByInitials[initials, default: []].append(position)
      }
      // A newspaper's name is a place and its head ("Chicago Sun-Times"); more words are no
      // paper's name ("Atlantic City Mayor Don Guardian").
      let words = Self.words(name)
      if (2...4).contains(words.count), let last = words.last,
        Organisations.publicationHeads.contains(String(last))
      {
        organisationsByLastWord[last.lowercased(), default: []].append(position)
      }
      if let known = organisationByName[name.lowercased()],
        clusters[known].mentions.count >= cluster.mentions.count
      {
        continue
      }
      organisationByName[name.lowercased()] = position
    }
    let first = clusters.indices.map { position in
      if clusters[position].kind == .organisation {
        return spelledOut(position, in: organisationsByInitials)
          ?? shortened(position, in: organisationsByLastWord) ?? position
      }
      if let person = headlineHead(position, in: personByName) { return person }
      if let suffixed = suffixedNamesake(position, in: suffixedByName) { return suffixed }
      guard let key = clusters[position].person, key.isPartial else { return position }
      let fitting = (fullByFamily[key.family] ?? []).filter { candidate in
        guard candidate != position, let other = clusters[candidate].person,
          other.suffix == key.suffix
        else { return false }
        switch key.given.count {
        case 0: return true
        case 1: return other.given.first == key.given.first
        default: return other.isKnownGiven && mayShorten(candidate, as: position)
        }
      }
      return dominant(fitting) ?? namesakeOrganisation(of: position, in: organisationByName)
        ?? position
    }
    // "Imf said" → "IMF" → "International Monetary Fund": one step further at most.
    return first.map { first[$0] }
  }

  /// Whether a name whose first word is no known given name may stand for the full name of
  /// `full`: when it is the tail of that name ("Wasserman Schultz" of "Debbie Wasserman
  /// Schultz"), or when it is a capitalised word run into the name in passing, as in a Title
  /// Case headline: named once per document, with no title ("Post Trump", "Endorsed Trump").
  /// Otherwise it is a given name the lexicon lacks ("Defense Secretary Ash Carter" is not
  /// "Jimmy Carter"; "Megyn Kelly" is not "Mark Kelly", though an initial would say so).
  private func mayShorten(_ full: Int, as partial: Int) -> Bool {
    let cluster = clusters[partial]
    let records = cluster.ownNameCounts.values.reduce(0, +)
    if cluster.titleVotes.isEmpty, cluster.mentions.count == records { return true }
    let fullName = Self.fullestName(clusters[full].ownNameCounts).lowercased()
    return cluster.ownNameCounts.keys.contains { fullName.hasSuffix(" " + $0.lowercased()) }
  }

  /// The one organisation an acronym of three to six letters spells out ("IMF" →
  /// "International Monetary Fund", "F.B.I." → "Federal Bureau of Investigation"); `nil` when
  /// none or several do. Two letters ("VP", "HP") spell out too many things.
  private func spelledOut(_ position: Int, in organisationsByInitials: [String: [Int]]) -> Int? {
    guard let name = clusters[position].ownNameCounts.keys.first,
      clusters[position].ownNameCounts.count == 1
    else { return nil }
    let letters = name.filter { $0 != "." }
    guard (3...6).contains(letters.count), letters.allSatisfy({ $0.isLetter && $0.isUppercase }),
      let candidates = organisationsByInitials[letters.lowercased()], candidates.count == 1,
      candidates[0] != position
    else { return nil }
    return candidates[0]
  }

  /// The newspaper a one-word name is short for ("the Times" → "New York Times"): the one
  /// paper of the corpus ending in that word, or the one that holds most of the mentions of
  /// such papers, as a bare surname joins the namesake who far outweighs the others.
  private func shortened(_ position: Int, in organisationsByLastWord: [String: [Int]]) -> Int? {
    guard let name = clusters[position].ownNameCounts.keys.first,
      clusters[position].ownNameCounts.count == 1, !name.contains(" "),
      let candidates = organisationsByLastWord[name.lowercased()]
    else { return nil }
    return dominant(candidates.filter { $0 != position })
  }

  /// The one person of the same name with a suffix ("Joseph R. Biden Jr.") that a full name
  /// without one ("Joseph Biden") stands for: some outlets write the suffix, others do not.
  /// Only with the same title and never both in one document: "Donald Trump" and "Donald
  /// Trump Jr." are named apart, and hold different offices.
  private func suffixedNamesake(_ position: Int, in suffixedByName: [String: [Int]]) -> Int? {
    let cluster = clusters[position]
    guard let key = cluster.person, key.suffix.isEmpty, key.given.count > 1,
      let candidates = suffixedByName[key.given + " " + key.family], candidates.count == 1,
      let title = Self.mostVoted(cluster.titleVotes)?.lowercased(),
      Self.mostVoted(clusters[candidates[0]].titleVotes)?.lowercased() == title
    else { return nil }
    let documents = Set(cluster.mentions.map(\.document))
    guard !clusters[candidates[0]].mentions.contains(where: { documents.contains($0.document) })
    else { return nil }
    return candidates[0]
  }

  /// The person a Title Case headline read as one long name begins with ("Ann Roe Calls Bob
  /// Doe" → "Ann Roe"): a name of four words or more whose first two or three words are the
  /// full name of a person of the corpus, and whose last word is no organisation's. A name
  /// of three words only when it was met in first paragraphs alone ("Ann Roe Speaks"), as
  /// "Mary Ann Roe" in a story's text is a name of its own.
  private func headlineHead(_ position: Int, in personByName: [String: Int]) -> Int? {
    guard let name = clusters[position].ownNameCounts.keys.first,
      clusters[position].ownNameCounts.count == 1, clusters[position].person?.suffix.isEmpty == true
    else { return nil }
    let words = Self.words(name.lowercased())
    guard words.count >= 4
      || (words.count == 3 && clusters[position].mentions.allSatisfy { $0.paragraph == 0 })
    else { return nil }
    // "Ann Roe Foundation", "Ann Roe Institute" are organisations, no headline.
    guard let last = Self.words(name).last, !Organisations.heads.contains(String(last))
    else { return nil }
    for length in [3, 2] {
      let head = words.prefix(length).joined(separator: " ")
      if let person = personByName[head], person != position { return person }
    }
    return nil
  }

  /// The initials of an organisation's name of two or more capitalised words, small words
  /// skipped ("Federal Bureau of Investigation" → "fbi"); `nil` for other names.
  private static func initials(of name: String) -> String? {
    let words = Self.words(name).filter { !initialsSkipped.contains($0.lowercased()) }
    guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    return String(words.compactMap { $0.first }).lowercased()
  }

  private static let initialsSkipped: Set<String> = ["of", "the", "and", "for", "on", "&"]

  /// The organisation a one-word "person" is ("Politifact said", where elsewhere
  /// "PolitiFact" is an organisation): one of that name that the corpus names more often.
  private func namesakeOrganisation(
    of position: Int, in organisationByName: [String: Int]
  ) -> Int? {
    let cluster = clusters[position]
    guard cluster.person?.given.isEmpty == true, cluster.person?.suffix.isEmpty == true,
      let name = cluster.ownNameCounts.keys.first, cluster.ownNameCounts.count == 1,
      let organisation = organisationByName[name.lowercased()],
      clusters[organisation].mentions.count > cluster.mentions.count
    else { return nil }
    return organisation
  }

  /// The one cluster of `candidates` a bare surname can stand for: the only one, or the one
  /// that holds most (three in four) of their mentions ("Clinton" in a corpus that names
  /// Hillary Clinton hundreds of times and Chelsea Clinton a few).
  private func dominant(_ candidates: [Int]) -> Int? {
    guard
      let top = candidates.max(by: { (clusters[$0].mentions.count, $1) < (clusters[$1].mentions.count, $0) })
    else { return nil }
    let total = candidates.reduce(0) { $0 + clusters[$1].mentions.count }
    return clusters[top].mentions.count * 4 >= total * 3 ? top : nil
  }

  private mutating func actor(id: String, head: Int, members: [Int], documentOrder: [Int])
    -> (Actor, [MergedMention])
  {
    // Not the whole head cluster: a copy would keep its mentions shared while they grow.
    let main = (kind: clusters[head].kind, ownNameCounts: clusters[head].ownNameCounts)
    var names: [String] = []
    var nameCounts: [String: Int] = [:]
    var titles: [String: Int] = [:]
    var countries: [String: Int] = [:]
    var mentions: [MergedMention] = []
    for member in members.sorted(by: { ($0 == head ? 0 : 1, $0) < ($1 == head ? 0 : 1, $1) }) {
      let c = clusters[member]
      for name in c.names where nameCounts[name] == nil { names.append(name) }
      nameCounts.merge(c.nameCounts, uniquingKeysWith: +)
      titles.merge(c.titleVotes, uniquingKeysWith: +)
      countries.merge(c.countryVotes, uniquingKeysWith: +)
      if mentions.isEmpty { mentions = c.mentions } else { mentions += c.mentions }
      clusters[member].mentions = []
    }
    if members.count > 1 { Self.sortInCorpusOrder(&mentions, documentOrder: documentOrder) }
    let name = Self.fullestName(main.ownNameCounts)
    var seen: Set<String> = [name.lowercased()]
    let actor = Actor(
      id: id, name: name, kind: main.kind, title: Self.mostVoted(titles),
      country: Self.mostVoted(countries),
      aliases: names.filter { seen.insert($0.lowercased()).inserted }, mentions: [])
    return (actor, mentions)
  }

  /// The words of a name, cut at spaces as `split(separator: " ")` cuts them; an all-ASCII
  /// name byte by byte, as going through its `Character`s was a large part of resolving.
  private static func words(_ name: String) -> [Substring] {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ") }
    return name.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init)
  }

  /// The name with the most words, then the one most records gave, then the first in
  /// alphabetical order: a choice that does not depend on which record came first.
  private static func fullestName(_ counts: [String: Int]) -> String {
    counts.min { a, b in
      let (wa, wb) = (Self.words(a.key).count, Self.words(b.key).count)
      if wa != wb { return wa > wb }
      if a.value != b.value { return a.value > b.value }
      return a.key < b.key
    }?.key ?? ""
  }

  /// The value most records gave; on a tie, the first in alphabetical order.
  private static func mostVoted(_ votes: [String: Int]) -> String? {
    votes.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
  }

  /// Sorts mentions in document, paragraph and offset order, in place; `documentOrder` is
  /// the number each document's id ends in.
  private static func sortInCorpusOrder(_ mentions: inout [MergedMention], documentOrder: [Int]) {
    mentions.sort { a, b in
      if a.document != b.document {
        let (da, db) = (documentOrder[Int(a.document)], documentOrder[Int(b.document)])
        if da != db { return da < db }
      }
      if a.paragraph != b.paragraph { return a.paragraph < b.paragraph }
      return a.start < b.start
    }
  }
}

extension ActorClusters.Cluster {
  /// Takes in one record of the cluster's actor: its names, title, country, and its mentions.
  fileprivate mutating func take(_ actor: Actor, mentions: [MergedMention]) {
    for name in [actor.name] + actor.aliases {
      if nameCounts[name] == nil { names.append(name) }
      nameCounts[name, default: 0] += 1
    }
    ownNameCounts[actor.name, default: 0] += 1
    if let title = actor.title { titleVotes[title, default: 0] += 1 }
    if let country = actor.country { countryVotes[country, default: 0] += 1 }
    self.mentions += mentions
  }
}
