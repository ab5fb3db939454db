import Foundation

/// One condition of the explorer's filter stack: an actor (by id) or a country (by ISO code).
///
/// Filters stack with AND: a set of `[.actor("a1"), .country("PAK")]` keeps what involves both.
public enum FilterTerm: Sendable, Hashable {
  case actor(String)
  case country(String)
}

/// Resolves what a person types (`Rubio`, `pakistan`, `PAK`, `U.S.`, `Russian`) to filter terms.
///
/// Actor names match an actor's name or any alias, case-insensitively: an exact name first,
/// then an exact name or alias, then any name or alias that contains the words, so
/// `:actor Trump` does not also pick "Trump administration". Countries match the forms the
/// extractor itself knows (codes, names, abbreviations, demonyms); a beginning of a name only
/// when it fits one country.
public struct FilterResolver: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) { self.corpus = corpus }

  /// The actors a name refers to, most mentioned first and one record per name (a filter on
  /// it covers its namesakes): more than one means the name is ambiguous.
  public func actors(named query: String) -> [Actor] {
    let needle = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard !needle.isEmpty else { return [] }
    let tiers: [(Actor) -> Bool] = [
      { $0.name.lowercased() == needle },
      { ([$0.name] + $0.aliases).contains { $0.lowercased() == needle } },
      { ([$0.name] + $0.aliases).contains { $0.lowercased().contains(needle) } },
    ]
    for fits in tiers {
      let found = corpus.actors.filter(fits)
      guard !found.isEmpty else { continue }
      var seen = Set<String>()
      return found.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
        .filter { seen.insert($0.name.lowercased()).inserted }
    }
    return []
  }

  /// What a country query refers to.
  public enum CountryMatch: Sendable, Equatable {
    case found(Country)
    /// The beginning of several names.
    case ambiguous([Country])
    /// A real country (code and name) that no article of the corpus names.
    case notInCorpus(String, String)
    case unknown
  }

  /// The country a code, name, abbreviation or demonym refers to.
  public func country(named query: String) -> CountryMatch {
    let typed = query.trimmingCharacters(in: .whitespacesAndNewlines)
    let needle = typed.lowercased()
    guard !needle.isEmpty else { return .unknown }
    if let country = corpus.countries.first(where: {
      $0.code.lowercased() == needle || $0.name.lowercased() == needle
    }) {
      return .found(country)
    }
    if let code = CountryForms.shared.code(for: typed) {
      if let country = corpus.country(code) { return .found(country) }
      return .notInCorpus(code, CountryLexicon.shared.name(of: code) ?? code)
    }
    let started = corpus.countries.filter { $0.name.lowercased().hasPrefix(needle) }
    switch started.count {
    case 0: return .unknown
    case 1 where needle.count >= 3: return .found(started[0])
    default: return .ambiguous(started.sorted { $0.name < $1.name })
    }
  }
}
