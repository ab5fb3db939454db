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
    return out
  }

  /// The actor mentions inside a token range, in order.
  func actors(in range: Range<Int>) -> [ActorMention] {
    actors.filter { range.contains($0.tokens.lowerBound) }
  }

  func countries(in range: Range<Int>) -> [CountryMention] {
    countries.filter { range.contains($0.tokens.lowerBound) }
  }
}
