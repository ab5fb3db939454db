/// A country named in the corpus by name, demonym or abbreviation.
public struct Country: Sendable, Equatable, Identifiable {
  /// ISO 3166-1 alpha-3 code; also the id.
  public var code: String
  public var name: String
  public var mentions: [TextSpan]
  public var id: String { code }

  public init(code: String, name: String, mentions: [TextSpan] = []) {
    self.code = code
    self.name = name
    self.mentions = mentions
  }
}

/// A region, city or other place that is not a country, linked to one where known.
public struct Place: Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  /// ISO alpha-3 code of the country the place lies in, when known.
  public var country: String?
  public var aliases: [String]
  public var mentions: [TextSpan]

  public init(
    id: String, name: String, country: String? = nil, aliases: [String] = [],
    mentions: [TextSpan] = []
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.aliases = aliases
    self.mentions = mentions
  }
}
