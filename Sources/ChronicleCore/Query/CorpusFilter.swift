import Foundation

/// One condition of the explorer's filter stack: an actor (by id) or a country (by ISO code).
///
/// Filters stack with AND: a set of `[.actor("a1"), .country("PAK")]` keeps what involves both.
public enum FilterTerm: Sendable, Hashable {
  case actor(String)
  case country(String)
}

/// Resolves what a person types (`Rubio`, `pakistan`, `PAK`) to filter terms.
///
/// Names match an actor's name or any alias, case-insensitively; countries match the code or
/// the name. An exact match wins over a partial one so `:actor Trump` does not also pick
/// "Trump administration" when both exist.
public struct FilterResolver: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) { self.corpus = corpus }

  /// The actors a name refers to: exact name/alias matches, else substring matches.
  public func actors(named query: String) -> [Actor] {
    let needle = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard !needle.isEmpty else { return [] }
    let exact = corpus.actors.filter { actor in
      ([actor.name] + actor.aliases).contains { $0.lowercased() == needle }
    }
    if !exact.isEmpty { return exact }
    return corpus.actors.filter { actor in
      ([actor.name] + actor.aliases).contains { $0.lowercased().contains(needle) }
    }
  }

  /// The country a code or name refers to.
  public func country(named query: String) -> Country? {
    let needle = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard !needle.isEmpty else { return nil }
    return corpus.countries.first { $0.code.lowercased() == needle }
      ?? corpus.countries.first { $0.name.lowercased() == needle }
      ?? corpus.countries.first { $0.name.lowercased().hasPrefix(needle) }
  }
}
