import ChronicleCore
import Foundation

extension Reducer {
  /// `/text`: searches the focused pane from the current row; in the Source pane with an
  /// archive, every article (the app asks the archive, and `takeArticleMatches` goes on).
  mutating func startSearch(_ query: String) {
    state.search = SearchState(query: query, pane: state.focus)
    if state.focus == .source && state.searchesArticles {
      effects.append(.searchArticles(query))
      return
    }
    find(from: 0, forward: true)
  }

  /// `n` / `N`: the next or previous match of the last search, wrapping around.
  mutating func repeatSearch(forward: Bool) {
    guard let search = state.search else {
      state.message = .info("no search yet: press / to search")
      return
    }
    state.focus = search.pane
    find(from: forward ? 1 : -1, forward: forward)
  }

  /// Moves to the match `offset` rows from the cursor or beyond, placing it mid-pane, and says
  /// which match it is ("3/17").
  private mutating func find(from offset: Int, forward: Bool) {
    guard let search = state.search else { return }
    if search.pane == .source {
      if search.paragraphs != nil {
        findArticleParagraph(from: offset, forward: forward)
      } else {
        findParagraph(search.query, from: offset)
      }
      return
    }
    let matches = search.matches ?? matchingRows(search)
    state.search?.matches = matches
    guard !matches.isEmpty else {
      state.message = .error("not found: \(search.query)")
      return
    }
    let start = state.cursor(search.pane).row + offset
    let index =
      forward
      ? matches.firstIndex { $0 >= start } ?? 0
      : matches.lastIndex { $0 <= start } ?? matches.count - 1
    place(search.pane, row: matches[index])
    state.message = .info("\(index + 1)/\(matches.count) · \(search.query)")
  }

  /// The rows whose line holds the query, in row order. They are read document by document,
  /// so a corpus whose texts are read back from the archive reads each article once, not
  /// once for every row of it in timeline order.
  private func matchingRows(_ search: SearchState) -> [Int] {
    let rows = self.rows
    let documents = corpus.index.documentByID
    let keys = (0..<rows.count(search.pane)).map { row in
      rows.document(search.pane, row).flatMap { documents[$0] } ?? -1
    }
    return keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
      .filter { Self.matches(rows.line(search.pane, $0).text, search.query) }
      .sorted()
  }

  /// In the Source pane, searches the paragraphs of the shown document and highlights the hit.
  private mutating func findParagraph(_ query: String, from offset: Int) {
    guard let location = state.source?.location,
      let document = corpus.document(location.document), !document.paragraphs.isEmpty
    else {
      state.message = .error("not found: \(query)")
      return
    }
    let count = document.paragraphs.count
    let step = offset < 0 ? -1 : 1
    for i in 0..<count {
      let index = ((location.paragraph + offset + i * step) % count + count) % count
      let text = document.paragraphs[index].text
      guard let range = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive])
      else { continue }
      let scalars = text.unicodeScalars
      let span = TextSpan(
        document: document.id, paragraph: index,
        start: scalars.distance(from: scalars.startIndex, to: range.lowerBound),
        end: scalars.distance(from: scalars.startIndex, to: range.upperBound))
      show(SourceTarget(span: span))
      return
    }
    state.message = .error("not found: \(query)")
  }

  static func matches(_ text: String, _ query: String) -> Bool {
    text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
  }
}
