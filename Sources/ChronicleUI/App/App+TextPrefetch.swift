import ChronicleCore

extension App {
  /// Reads the texts of the articles the list panes and the Source pane are about to show in
  /// one request, before the frame is drawn: a corpus whose texts are read back from the
  /// archive then asks it once a frame, not once an article. Nothing to do for a corpus that
  /// holds its texts.
  func prefetchShownTexts() {
    let rows = PaneRows(corpus: corpus, state: state)
    var documents: [String] = []
    for pane in [Pane.timeline, .quotes] {
      let first = state.cursor(pane).scroll
      let end = min(rows.count(pane), first + state.visibleRows(pane))
      guard first < end else { continue }
      for row in first..<end {
        if let document = rows.document(pane, row) { documents.append(document) }
      }
    }
    if let shown = state.source?.location.document { documents.append(shown) }
    let sources = documents.compactMap { corpus.document($0)?.textSource }
    sources.first?.prefetch(sources)
  }
}
