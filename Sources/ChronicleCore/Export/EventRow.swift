/// One event flattened for tabular and document exports (CSV, Markdown, TimelineJS): names
/// instead of ids, the date and its precision, the first quote and its speaker.
public struct EventRow: Sendable, Equatable {
  public var id: String
  /// TIMEX3 value (or the phrase as written when it has none); empty when undated.
  public var date: String
  /// What a person reads for the date ("week of 10 Oct 2016", "around 9 May 2025"); empty
  /// when undated. See `TimeExpression.label`.
  public var label: String
  /// The date is the previous sentence's, not one this event names.
  public var inherited: Bool
  public var precision: String
  /// The first day the date covers, for calendar-based exports.
  public var day: CalendarDate?
  public var actors: [String]
  public var actorCountries: [String]
  public var countries: [String]
  public var places: [String]
  public var document: String
  public var paragraph: Int
  public var summary: String
  public var quote: String
  public var speaker: String

  public static func rows(_ corpus: Corpus) -> [EventRow] {
    let placesByParagraph = Dictionary(
      grouping: corpus.places.flatMap { p in p.mentions.map { ($0, p.name) } },
      by: { $0.0.location })
    return corpus.events.map { e in
      let time = e.time.flatMap { corpus.time($0) }
      let actors = e.actors.compactMap { corpus.actor($0) }
      let quote = e.quotes.first.flatMap { corpus.quote($0) }
      var places: [String] = []
      for (span, name) in placesByParagraph[e.span.location] ?? []
      where span.start >= e.span.start && span.end <= e.span.end && !places.contains(name) {
        places.append(name)
      }
      return EventRow(
        id: e.id, date: time?.value ?? time?.text ?? "", label: time?.label ?? "",
        inherited: e.inherited,
        precision: time.map { $0.value == nil ? "unresolved" : $0.precision.rawValue } ?? "",
        day: time?.sortDate, actors: actors.map(\.name),
        actorCountries: actors.map { $0.country ?? "" },
        countries: e.countries, places: places,
        document: corpus.document(e.span.document)?.path ?? e.span.document,
        paragraph: e.span.paragraph, summary: e.summary, quote: quote?.text ?? "",
        speaker: quote?.speaker.flatMap { corpus.actor($0)?.name } ?? "")
    }
  }
}
