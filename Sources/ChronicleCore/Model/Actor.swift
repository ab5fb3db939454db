/// A person or organisation, merged across its mentions ("Secretary of State Marco Rubio",
/// "Rubio", "he").
public struct Actor: Sendable, Equatable, Identifiable {
  public var id: String
  /// The fullest form of the name seen, without the title.
  public var name: String
  public var kind: ActorKind
  public var title: String?
  /// ISO 3166-1 alpha-3 code, from title or nationality context.
  public var country: String?
  /// Other names the actor is mentioned by (surname, short forms).
  public var aliases: [String]
  public var mentions: [TextSpan]

  public init(
    id: String, name: String, kind: ActorKind, title: String? = nil, country: String? = nil,
    aliases: [String] = [], mentions: [TextSpan] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.title = title
    self.country = country
    self.aliases = aliases
    self.mentions = mentions
  }

  /// Whether the actor is a speaker the text describes without naming ("a senior Cruz
  /// adviser", `UnnamedSource`): its name begins with a lower-case determiner. Such an actor is
  /// one person of one document only, never merged with another record (two articles' "a
  /// senior official" are not one person), and has no country but the one its records give.
  public var isDescription: Bool { UnnamedSource.isDescription(name) }
}

public enum ActorKind: String, Sendable, Equatable {
  case person
  case organisation
}
