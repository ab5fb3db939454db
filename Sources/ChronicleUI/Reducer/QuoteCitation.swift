import ChronicleCore

/// A quote as it is pasted elsewhere: the words, then who said them and where, so the copy can
/// be checked against its source.
///
///     “fundamentally none of our business” — J.D. Vance, US calls for … (article.md), ¶ 7
struct QuoteCitation {
  let corpus: Corpus

  func text(_ quote: Quote) -> String {
    let words = quote.kind == .direct ? "“\(quote.text)”" : quote.text + " (reported)"
    let speaker = quote.speaker.flatMap(corpus.actor)?.name ?? "unattributed"
    var source = ""
    if let document = corpus.document(quote.span.document) {
      source = document.title.map { "\($0) (\(document.path))" } ?? document.path
    }
    return "\(words) — \(speaker), \(source), ¶ \(quote.span.paragraph + 1)"
  }
}
