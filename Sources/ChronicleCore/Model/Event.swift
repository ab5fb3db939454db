/// Something that happened or was said, anchored to its sentence, with its time, actors,
/// countries and quotes. The timeline orders these by resolved time.
public struct Event: Sendable, Equatable, Identifiable {
  public var id: String
  /// Id of the time expression that dates the event, if any.
  public var time: String?
  /// The time is the date of the sentence before (the story goes on), not one this
  /// sentence names; shown dimmed, and written as `"inherited": true`.
  public var inherited: Bool
  public var summary: String
  public var actors: [String]
  public var countries: [String]
  public var quotes: [String]
  public var span: TextSpan

  public init(
    id: String, time: String?, summary: String, actors: [String], countries: [String],
    quotes: [String], span: TextSpan, inherited: Bool = false
  ) {
    self.id = id
    self.time = time
    self.inherited = inherited
    self.summary = summary
    self.actors = actors
    self.countries = countries
    self.quotes = quotes
    self.span = span
  }
}
