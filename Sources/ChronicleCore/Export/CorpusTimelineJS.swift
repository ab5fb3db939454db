/// TimelineJS3 JSON: dated events with `start_date` {year, month, day} down to their
/// precision, `text` {headline, text} and a `group` (the event's first country). Undated
/// events and reference times ("now") have no place on a calendar and are left out.
public enum CorpusTimelineJS {
  public static func encode(_ corpus: Corpus, title: String = "Chronicle") -> String {
    var w = JSONWriter()
    w.beginObject()
    w.key("title")
    w.beginObject()
    w.key("text")
    w.beginObject()
    let times = corpus.events.map { $0.time.flatMap { corpus.time($0) } }
    let placed = zip(EventRow.rows(corpus), times).filter { $0.1 != nil && $0.0.day != nil }
    w.field("headline", title)
    let documents =
      corpus.documents.count == 1 ? "1 document" : "\(corpus.documents.count) documents"
    let events = placed.count == 1 ? "1 dated event" : "\(placed.count) dated events"
    w.field("text", "\(documents), \(events)")
    w.endObject()
    w.endObject()
    w.key("events")
    w.beginArray()
    for (row, time) in placed {
      guard let time, let day = row.day else { continue }
      w.beginObject()
      w.key("start_date")
      w.beginObject()
      w.field("year", String(day.year))
      if [.day, .week, .month, .quarter, .season].contains(time.precision) {
        w.field("month", String(day.month))
      }
      if [.day, .week].contains(time.precision) { w.field("day", String(day.day)) }
      w.field("display_date", time.value ?? time.text)
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
