/// Splitting a corpus back into one corpus per document: what `--format jsonl` writes, one
/// line each, so any line can be merged again later.
extension Corpus {
  public func documentParts() -> [Corpus] {
    documents.map { document in
      let id = document.id
      func mine(_ spans: [TextSpan]) -> [TextSpan] { spans.filter { $0.document == id } }
      let actors = self.actors.compactMap { a -> Actor? in
        let mentions = mine(a.mentions)
        guard !mentions.isEmpty else { return nil }
        var copy = a
        copy.mentions = mentions
        return copy
      }
      let countries = self.countries.compactMap { c -> Country? in
        let mentions = mine(c.mentions)
        return mentions.isEmpty ? nil : Country(code: c.code, name: c.name, mentions: mentions)
      }
      let places = self.places.compactMap { p -> Place? in
        var copy = p
        copy.mentions = mine(p.mentions)
        return copy.mentions.isEmpty ? nil : copy
      }
      return Corpus(
        documents: [document], actors: actors, countries: countries, places: places,
        times: times.filter { $0.span.document == id },
        quotes: quotes.filter { $0.span.document == id },
        events: events.filter { $0.span.document == id })
    }
  }
}

extension CorpusJSON {
  /// One `chronicle/1` object per document, one per line, as UTF-8.
  public static func encodeLines(_ corpus: Corpus) -> [UInt8] {
    var lines: [UInt8] = []
    for part in corpus.documentParts() { lines += encodeLine(part) }
    return lines
  }
}
