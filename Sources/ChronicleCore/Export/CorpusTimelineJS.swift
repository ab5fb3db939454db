/// TimelineJS3 JSON: dated events with `start_date` {year, month, day} down to their
/// precision, a `display_date` a person reads ("week of 10 Oct 2016", "around 9 May 2025"),
/// `text` {headline, text} and a `group` (the event's first country). Undated events have no
/// place on a calendar and are left out; "now" stands at its publication date. The title
/// counts the events written.
public enum CorpusTimelineJS {
  public static func encode(_ corpus: Corpus, title: String = "Chronicle") -> String {
    var w = JSONWriter()
    w.beginObject()
    let times = corpus.events.map { $0.time.flatMap { corpus.time($0) } }
    let placed = zip(EventRow.rows(corpus), times).compactMap { row, time in
      time.flatMap { t in row.day.map { (row, t, $0) } }
    }
    w.key("title")
    w.beginObject()
    w.key("text")
    w.beginObject()
    w.field("headline", title)
    let documents =
      corpus.documents.count == 1 ? "1 document" : "\(corpus.documents.count) documents"
    let events = placed.count == 1 ? "1 dated event" : "\(placed.count) dated events"
    w.field("text", "\(documents), \(events)")
    w.endObject()
    w.endObject()
    w.key("events")
    w.beginArray()
    for (row, time, day) in placed {
      w.beginObject()
      w.key("start_date")
      w.beginObject()
      w.field("year", String(day.year))
      if [.day, .week, .month, .quarter, .season].contains(time.precision) || time.isReference {
        w.field("month", String(day.month))
      }
      if [.day, .week].contains(time.precision) || time.isReference {
        w.field("day", String(day.day))
      }
      w.field("display_date", row.label)
      w.endObject()
      w.key("text")
      w.beginObject()
      w.field("headline", headline(row))
      var body = row.summary
      if !row.quote.isEmpty {
        body += " \u{201C}\(row.quote)\u{201D}" + (row.speaker.isEmpty ? "" : " — \(row.speaker)")
      }
      w.field("text", body + " (\(row.document), ¶\(row.paragraph + 1))")
      w.endObject()
      w.field("group", row.countries.first ?? "")
      w.field("unique_id", row.id)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return w.output
  }

  private static func headline(_ row: EventRow) -> String {
    if let first = row.actors.first { return row.actors.count > 1 ? "\(first) and others" : first }
    let words = row.summary.split(separator: " ").prefix(8).joined(separator: " ")
    return words + (row.summary.split(separator: " ").count > 8 ? "\u{2026}" : "")
  }
}
