/// Events as CSV (RFC 4180), one row per event with ACLED-like columns, so pandas and
/// Python's csv module read it unchanged. Multi-valued cells are joined with "; ".
/// `event_date` keeps the TIMEX3 value for machines; `event_label` is the date a person reads
/// ("week of 10 Oct 2016").
public enum CorpusCSV {
  public static let columns = [
    "event_id", "event_date", "event_label", "date_precision", "actors", "actor_countries", "country", "place",
    "document", "paragraph", "summary", "quote", "speaker",
  ]

  public static func encode(_ corpus: Corpus) -> String {
    var out = columns.joined(separator: ",") + "\r\n"
    for row in EventRow.rows(corpus) {
      let cells = [
        row.id, row.date, row.label, row.precision, row.actors.joined(separator: "; "),
        row.actorCountries.joined(separator: "; "), row.countries.first ?? "",
        row.places.joined(separator: "; "), row.document, String(row.paragraph + 1), row.summary,
        row.quote, row.speaker,
      ]
      out += cells.map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// Quotes a cell when it holds a comma, a quote mark or a line break.
  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var out = ""
    for c in self {
      if c == "\"" { out += "\"\"" } else { out.append(c) }
    }
    return out
  }
}
