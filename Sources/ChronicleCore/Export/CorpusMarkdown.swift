/// A readable dated timeline in Markdown: a heading per date as a person reads it ("week of
/// 10 Oct 2016", "around 9 May 2025"), each event with its actors and a citation (document,
/// paragraph), its quotes as block quotes with their speakers. Each label gets one heading,
/// in timeline order, and the undated events one `## Undated` block at the end.
public enum CorpusMarkdown {
  public static func encode(_ corpus: Corpus, title: String = "Timeline") -> String {
    var out = "# \(title)\n"
    var order: [String] = []
    var groups: [String: [(EventRow, Event)]] = [:]
    for (row, event) in zip(EventRow.rows(corpus), corpus.events) {
      let heading = row.label.isEmpty ? undated : row.label
      if groups[heading] == nil, heading != undated { order.append(heading) }
      groups[heading, default: []].append((row, event))
    }
    if groups[undated] != nil { order.append(undated) }
    for heading in order {
      out += "\n## \(escape(heading))\n\n"
      for (row, event) in groups[heading] ?? [] { out += item(row, event, corpus) }
    }
    return out
  }

  static let undated = "Undated"

  /// One event: its line, then its quotes.
  private static func item(_ row: EventRow, _ event: Event, _ corpus: Corpus) -> String {
    var out = "- \(escape(row.summary))"
    if !row.actors.isEmpty { out += " — *\(escape(row.actors.joined(separator: ", ")))*" }
    out += " (\(escape(row.document)), ¶\(row.paragraph + 1))"
    if row.inherited { out += " _(date from the sentence before)_" }
    out += "\n"
    for quote in event.quotes.compactMap({ corpus.quote($0) }) {
      let speaker = quote.speaker.flatMap { corpus.actor($0)?.name } ?? "unattributed"
      let text = quote.kind == .direct ? "\u{201C}\(quote.text)\u{201D}" : quote.text
      out += "  > \(escape(text)) — \(escape(speaker))\n"
    }
    return out
  }

  /// Backslash-escapes the characters Markdown would read as markup.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      if "\\`*_[]<>#|".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
