/// Something that happened or was said, anchored to its sentence, with its time, actors,
/// countries and quotes. The timeline orders these by resolved time.
public struct Event: Sendable, Equatable, Identifiable {
  public var id: String
  /// Id of the time expression that dates the event, if any.
  public var time: String?
  public var summary: String
  public var actors: [String]
  public var countries: [String]
  public var quotes: [String]
  public var span: TextSpan

  public init(
    id: String, time: String?, summary: String, actors: [String], countries: [String],
    quotes: [String], span: TextSpan
  ) {
    self.id = id
    self.time = time
    self.summary = summary
    self.actors = actors
    self.countries = countries
    self.quotes = quotes
    self.span = span
  }
}
