import ChronicleCore
import Foundation

extension Reducer {
  /// The archive's answer to `/` in the Source pane: keeps the matching paragraphs of every
  /// article and shows the first at or after the shown paragraph. An answer to an older
  /// search is dropped.
  mutating func takeArticleMatches(query: String, paragraphs: [ParagraphLocation]) {
    guard state.search?.query == query, state.search?.pane == .source else { return }
    state.search?.paragraphs = paragraphs
    findArticleParagraph(from: 0, forward: true)
  }

  /// Shows the matching paragraph at (`offset` 0) or past (±1) the shown one, across
  /// articles in corpus order and wrapping around, with the match highlighted, and says which
  /// match it is ("3/17").
  mutating func findArticleParagraph(from offset: Int, forward: Bool) {
    guard let search = state.search else { return }
    let documents = corpus.index.documentByID
    let hits = (search.paragraphs ?? []).filter { hit in
      documents[hit.document].map { hit.paragraph < corpus.documents[$0].paragraphs.count } ?? false
    }
    guard !hits.isEmpty else {
      state.message = .error("not found: \(search.query)")
      return
    }
    func order(_ location: ParagraphLocation) -> (Int, Int) {
      (documents[location.document] ?? -1, location.paragraph)
    }
    let here = state.source.map { order($0.location) } ?? (-1, -1)
    let index =
      forward
      ? hits.firstIndex { offset == 0 ? order($0) >= here : order($0) > here } ?? 0
      : hits.lastIndex { order($0) < here } ?? hits.count - 1
    let hit = hits[index]
    let text = corpus.documents[documents[hit.document] ?? 0].paragraphs[hit.paragraph].text
    show(SourceTarget(location: hit, span: Self.span(of: search.query, in: text, at: hit)))
    state.message = .info("\(index + 1)/\(hits.count) · \(search.query)")
  }

  /// Where `query` is in a paragraph's text (case and accents ignored), or its first word when
  /// the index matched the words apart ("U.S" for "u s"); nil when neither is there.
  static func span(of query: String, in text: String, at location: ParagraphLocation) -> TextSpan? {
    let word = query.split { !$0.isLetter && !$0.isNumber }.first.map(String.init)
    guard
      let range = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive])
        ?? word.flatMap({ text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) })
    else { return nil }
    let scalars = text.unicodeScalars
    return TextSpan(
      document: location.document, paragraph: location.paragraph,
      start: scalars.distance(from: scalars.startIndex, to: range.lowerBound),
      end: scalars.distance(from: scalars.startIndex, to: range.upperBound))
  }
}
