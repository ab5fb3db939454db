/// A readable dated timeline in Markdown: a heading per date, each event with its actors and
/// a citation (document, paragraph), its quotes as block quotes with their speakers.
public enum CorpusMarkdown {
  public static func encode(_ corpus: Corpus, title: String = "Timeline") -> String {
    var out = "# \(title)\n"
    var currentDate: String?
    let rows = EventRow.rows(corpus)
    for (row, event) in zip(rows, corpus.events) {
      let heading = row.date.isEmpty ? "Undated" : row.date
      if heading != currentDate {
        out += "\n## \(heading)\n\n"
        currentDate = heading
      }
      var line = "- \(escape(row.summary))"
      if !row.actors.isEmpty { line += " — *\(escape(row.actors.joined(separator: ", ")))*" }
      line += " (\(escape(row.document)), ¶\(row.paragraph + 1))\n"
      out += line
      for quote in event.quotes.compactMap({ corpus.quote($0) }) {
        let speaker = quote.speaker.flatMap { corpus.actor($0)?.name } ?? "unattributed"
        let text = quote.kind == .direct ? "\u{201C}\(quote.text)\u{201D}" : quote.text
        out += "  > \(escape(text)) — \(escape(speaker))\n"
      }
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
