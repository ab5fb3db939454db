/// What the entity pass found in one paragraph, by token position, for the quote and event
/// extractors that follow it.
struct ParagraphEntities: Sendable {
  struct ActorMention: Sendable, Equatable {
    /// Position in the document's `ActorRegistry`.
    var actor: Int
    var tokens: Range<Int>
    /// A pronoun or a role noun ("he", "the minister") rather than a name.
    var isReference: Bool
  }

  struct CountryMention: Sendable, Equatable {
    var code: String
    var tokens: Range<Int>
  }

  struct PlaceMention: Sendable, Equatable {
    var name: String
    var country: String?
    var tokens: Range<Int>
    var alias: String?
  }

  var actors: [ActorMention] = []
  var countries: [CountryMention] = []
  var places: [PlaceMention] = []
  /// People named by a description ("the Vermont senator"): speakers, never mentions.
  var descriptions: [ActorMention] = []

  /// The actor mentions with the descriptions among them, in order: what speech acts read.
  func withDescriptions() -> ParagraphEntities {
    guard !descriptions.isEmpty else { return self }
    var out = self
    out.actors = (actors + descriptions).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    out.descriptions = []
    return out.indexed()
  }

  // Token lookups built by `indexed()`: the quote and event extractors ask them per verb,
  // per quote and per sentence, which as scans would be quadratic in a long paragraph. The
  // starts and ends are sorted arrays searched by halves (the starts are `actors` itself, in
  // token order): most paragraphs hold a few mentions, and building hash tables for them
  // cost more than all the lookups.

  /// Positions in `actors`, ordered by the mention's last token (then by position).
  private var actorsByEnd: [Int] = []

  /// The mentions in token order with their lookups built; the recognizer returns this.
  func indexed() -> ParagraphEntities {
    var out = self
    out.actors = Self.inTokenOrder(actors) { $0.tokens.lowerBound }
    out.countries = Self.inTokenOrder(countries) { $0.tokens.lowerBound }
    // Built anew: indexing again after the descriptions are merged in (`withDescriptions`)
    // moves positions, and a stale entry would name the wrong mention.
    out.actorsByEnd = out.actors.indices.sorted {
      (out.actors[$0].tokens.upperBound, $0) < (out.actors[$1].tokens.upperBound, $1)
    }
    return out
  }

  /// Mentions ordered by their first token, those that start together kept in their order.
  private static func inTokenOrder<M>(_ mentions: [M], start: (M) -> Int) -> [M] {
    // Mentions are mostly found in order: then there is nothing to sort.
    if zip(mentions, mentions.dropFirst()).allSatisfy({ start($0) <= start($1) }) { return mentions }
    return mentions.enumerated().sorted {
      (start($0.element), $0.offset) < (start($1.element), $1.offset)
    }.map(\.element)
  }

  /// The first actor mention that starts at `token`.
  func actor(startingAt token: Int) -> ActorMention? {
    let first = Self.firstIndex(in: actors, atOrAfter: token) { $0.tokens.lowerBound }
    return first < actors.count && actors[first].tokens.lowerBound == token ? actors[first] : nil
  }

  /// The last actor mention whose last token is `token`.
  func actor(endingAt token: Int) -> ActorMention? {
    // The last of those ending at `token` comes right before the first that ends later.
    let later = Self.firstIndex(in: actorsByEnd, atOrAfter: token + 1) {
      actors[$0].tokens.upperBound - 1
    }
    guard later > 0, actors[actorsByEnd[later - 1]].tokens.upperBound - 1 == token else { return nil }
    return actors[actorsByEnd[later - 1]]
  }

  /// The actor mentions inside a token range, in order.
  func actors(in range: Range<Int>) -> ArraySlice<ActorMention> {
    actors[Self.slice(of: actors, in: range) { $0.tokens.lowerBound }]
  }

  func countries(in range: Range<Int>) -> ArraySlice<CountryMention> {
    countries[Self.slice(of: countries, in: range) { $0.tokens.lowerBound }]
  }

  /// The positions of the mentions that start inside `range` (the mentions are in token order).
  private static func slice<M>(of mentions: [M], in range: Range<Int>, start: (M) -> Int)
    -> Range<Int>
  {
    firstIndex(in: mentions, atOrAfter: range.lowerBound, start)
      ..< firstIndex(in: mentions, atOrAfter: range.upperBound, start)
  }

  /// The first position of `items` (ordered by `key`) whose key is `token` or later, by
  /// binary search; `items.count` when there is none.
  private static func firstIndex<T>(in items: [T], atOrAfter token: Int, _ key: (T) -> Int) -> Int {
    var low = 0
    var high = items.count
    while low < high {
      let mid = (low + high) / 2
      if key(items[mid]) < token { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
