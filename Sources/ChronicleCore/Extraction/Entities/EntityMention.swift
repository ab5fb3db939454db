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

  /// Token lookups built once by `indexed()`: the quote and event extractors ask them per
  /// verb, per quote and per sentence, which as scans would be quadratic in a long paragraph.
  private var actorStarting: [Int: Int] = [:]
  private var actorEnding: [Int: Int] = [:]
  private var countryEndings: Set<Int> = []

  /// The mentions in token order with their lookups built; the recognizer returns this.
  func indexed() -> ParagraphEntities {
    var out = self
    out.actors = actors.enumerated().sorted {
      ($0.element.tokens.lowerBound, $0.offset) < ($1.element.tokens.lowerBound, $1.offset)
    }.map(\.element)
    out.countries = countries.enumerated().sorted {
      ($0.element.tokens.lowerBound, $0.offset) < ($1.element.tokens.lowerBound, $1.offset)
    }.map(\.element)
    for (n, mention) in out.actors.enumerated() {
      if out.actorStarting[mention.tokens.lowerBound] == nil {
        out.actorStarting[mention.tokens.lowerBound] = n
      }
      out.actorEnding[mention.tokens.upperBound - 1] = n
    }
    out.countryEndings = Set(out.countries.map { $0.tokens.upperBound - 1 })
    return out
  }

  /// The first actor mention that starts at `token`.
  func actor(startingAt token: Int) -> ActorMention? { actorStarting[token].map { actors[$0] } }

  /// The last actor mention whose last token is `token`.
  func actor(endingAt token: Int) -> ActorMention? { actorEnding[token].map { actors[$0] } }

  /// Whether a country mention ends at `token`.
  func hasCountry(endingAt token: Int) -> Bool { countryEndings.contains(token) }

  /// The actor mentions inside a token range, in order.
  func actors(in range: Range<Int>) -> [ActorMention] {
    Array(actors[Self.slice(of: actors, in: range) { $0.tokens.lowerBound }])
  }

  func countries(in range: Range<Int>) -> [CountryMention] {
    Array(countries[Self.slice(of: countries, in: range) { $0.tokens.lowerBound }])
  }

  /// The positions of the mentions that start inside `range`, by binary search (the mentions
  /// are in token order).
  private static func slice<M>(of mentions: [M], in range: Range<Int>, start: (M) -> Int)
    -> Range<Int>
  {
    func firstIndex(atOrAfter token: Int) -> Int {
      var low = 0
      var high = mentions.count
      while low < high {
        let mid = (low + high) / 2
        if start(mentions[mid]) < token { low = mid + 1 } else { high = mid }
      }
      return low
    }
    return firstIndex(atOrAfter: range.lowerBound)..<firstIndex(atOrAfter: range.upperBound)
  }
}
