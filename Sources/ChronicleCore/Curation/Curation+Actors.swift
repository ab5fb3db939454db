import Foundation

/// Actor edits: rename, merge, split, country, hiding.
extension CurationWorkspace {
  mutating func applyToActor(_ edit: Edit) -> Bool {
    guard let position = edit.actor?.resolve(in: actors) else { return false }
    switch edit.operation {
    case .rename:
      guard let name = edit.value else { return false }
      var actor = actors[position]
      if !actor.aliases.contains(actor.name) { actor.aliases.append(actor.name) }
      actor.aliases.removeAll { $0 == name }
      actor.name = name
      actors[position] = actor
    case .merge:
      guard let into = edit.other?.resolve(in: actors), into != position else { return false }
      merge(position, into: into)
    case .split:
      guard let alias = edit.value else { return false }
      return split(position, alias: alias)
    case .setCountry:
      if let code = edit.value {
        guard let name = EditedCountry.name(of: code) else { return false }
        if !countries.contains(where: { $0.code == code }) {
          countries.append(Country(code: code, name: name))
        }
      }
      actors[position].country = edit.value
    default:
      let id = actors.remove(at: position).id
      replaceActor(id, with: nil)
    }
    return true
  }

  /// The actor at `source` joins the one at `target`: names, mentions and references.
  private mutating func merge(_ source: Int, into target: Int) {
    let gone = actors[source]
    var kept = actors[target]
    for name in [gone.name] + gone.aliases where name != kept.name && !kept.aliases.contains(name) {
      kept.aliases.append(name)
    }
    kept.mentions = (kept.mentions + gone.mentions).sorted()
    kept.title = kept.title ?? gone.title
    kept.country = kept.country ?? gone.country
    actors[target] = kept
    actors.remove(at: source)
    replaceActor(gone.id, with: kept.id)
  }

  /// The mentions of the actor at `position` written `alias` become an actor of their own;
  /// quotes and events whose paragraph names only that alias follow them.
  private mutating func split(_ position: Int, alias: String) -> Bool {
    var original = actors[position]
    let moved = original.mentions(writtenAs: alias, text: coveredText)
    guard !moved.isEmpty, moved.count < original.mentions.count else { return false }
    original.mentions.removeAll { moved.contains($0) }
    original.aliases.removeAll { $0.lowercased() == alias.lowercased() }
    let twin = Actor(
      id: "\(original.id)-\(alias)", name: alias, kind: original.kind, mentions: moved)
    actors[position] = original
    actors.insert(twin, at: position + 1)
    let movedPlaces = Set(moved.map(\.location))
    let keptPlaces = Set(original.mentions.map(\.location))
    let follows = { (span: TextSpan) in
      movedPlaces.contains(span.location) && !keptPlaces.contains(span.location)
    }
    for q in quotes.indices where quotes[q].speaker == original.id && follows(quotes[q].span) {
      quotes[q].speaker = twin.id
    }
    for e in events.indices where follows(events[e].span) {
      events[e].actors = events[e].actors.map { $0 == original.id ? twin.id : $0 }
    }
    return true
  }

  /// Points quotes and events at `replacement` instead of `id` (or at nobody).
  private mutating func replaceActor(_ id: String, with replacement: String?) {
    for q in quotes.indices where quotes[q].speaker == id { quotes[q].speaker = replacement }
    for e in events.indices where events[e].actors.contains(id) {
      var seen: [String] = []
      for actor in events[e].actors {
        let now = actor == id ? replacement : actor
        if let now, !seen.contains(now) { seen.append(now) }
      }
      events[e].actors = seen
    }
  }
}

extension Actor {
  /// The mentions written `alias` (in any case), given the text each covers: what `split`
  /// moves to an actor of their own. A mention is the name, or the name and its apposition
  /// ("Roe, a spokeswoman").
  public func mentions(writtenAs alias: String, text: (TextSpan) -> String?) -> [TextSpan] {
    let alias = alias.lowercased()
    return mentions.filter { mention in
      guard let written = text(mention)?.lowercased() else { return false }
      return written == alias || written.hasPrefix(alias + ",")
    }
  }
}

/// The countries `set-country` accepts: any ISO 3166-1 alpha-3 code, name or demonym.
public enum EditedCountry {
  /// The code a reader's words name ("pak", "Pakistan", "Pakistani" → PAK), or nil.
  public static func code(for query: String) -> String? {
    CountryLexicon.shared.code(forQuery: query.trimmingCharacters(in: .whitespaces))
  }

  /// The everyday name of a code, or nil for a code that is not a country.
  public static func name(of code: String) -> String? { CountryLexicon.shared.name(of: code) }
}
