import ChronicleCore

/// A row of the Actors pane: a country group header, or an actor under it.
public enum ActorRow: Sendable, Equatable {
  /// `nil` groups actors with no known country.
  case country(String?)
  case actor(Int)

  /// Groups the remaining actors by country: countries by name, "no country" last; actors by
  /// mention count, then name; records sharing a name once, as their most mentioned one.
  /// Countries the remaining text names but no actor belongs to, and countries filtered by,
  /// get a header of their own after those with actors, so every country can be chosen from
  /// the pane without pushing the actors down.
  static func rows(
    for view: FilteredView, filters: [FilterTerm], namesakes: Namesakes, in corpus: Corpus
  ) -> [ActorRow] {
    var groups: [String?: [Int]] = [:]
    var shown: [String: Int] = [:]
    for position in view.actors {
      if namesakes.hasNamesakes(position) {
        let actor = corpus.actors[position]
        let name = actor.name.lowercased()
        if let other = shown[name], corpus.actors[other].mentions.count >= actor.mentions.count {
          continue
        }
        shown[name] = position
        continue
      }
      groups[corpus.actors[position].country, default: []].append(position)
    }
    for position in shown.values {
      groups[corpus.actors[position].country, default: []].append(position)
    }
    var named = mentionedCountries(view, corpus)
    for case .country(let code) in filters { named.insert(code) }
    for code in named where groups[code] == nil { groups[code] = [] }
    let keys = groups.keys.sorted { lhs, rhs in
      switch (lhs, rhs) {
      case (nil, _): return false
      case (_, nil): return true
      case (let l?, let r?):
        let (left, right) = (groups[l]?.isEmpty == true, groups[r]?.isEmpty == true)
        if left != right { return right }
        return countryName(l, corpus) < countryName(r, corpus)
      }
    }
    var rows: [ActorRow] = []
    for key in keys {
      rows.append(.country(key))
      // Sort keys taken once per actor: comparing the actors themselves copies each one.
      let members = (groups[key] ?? []).map { position in
        (mentions: corpus.actors[position].mentions.count, name: corpus.actors[position].name, position: position)
      }
      rows += members.sorted { a, b in (a.mentions, b.name) > (b.mentions, a.name) }
        .map { ActorRow.actor($0.position) }
    }
    return rows
  }

  /// The countries with mentions in what the view keeps: all of them unfiltered, else those
  /// the remaining events name.
  private static func mentionedCountries(_ view: FilteredView, _ corpus: Corpus) -> Set<String> {
    if view.events.count == corpus.events.count {
      return Set(corpus.countries.filter { !$0.mentions.isEmpty }.map(\.code))
    }
    var codes = Set<String>()
    for position in view.events { codes.formUnion(corpus.events[position].countries) }
    return codes.filter { corpus.country($0) != nil }
  }

  static func countryName(_ code: String, _ corpus: Corpus) -> String {
    corpus.country(code)?.name ?? code
  }
}
