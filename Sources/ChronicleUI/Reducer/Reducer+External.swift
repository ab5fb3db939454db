import ChronicleCore

extension Reducer {
  /// `y`: asks for the selected quote (in Quotes, or the selected event's first quote in
  /// Timeline) and its citation to be copied to the clipboard.
  mutating func copyQuote() {
    guard let quote = selectedQuote() else {
      state.message = .info("no quote here: select one in Quotes or an event with a quote")
      return
    }
    effects.append(.copyToClipboard(QuoteCitation(corpus: corpus).text(quote)))
    state.message = .info("copied quote \(quote.id) with its citation to the clipboard")
  }

  /// `e`: asks for the paragraph shown (or selected) to be opened in the editor.
  mutating func openInEditor() {
    let selected = state.focus == .source ? nil : selectedSpan(state.focus)?.location
    guard let location = selected ?? state.source?.location,
      let document = corpus.document(location.document)
    else {
      state.message = .info("nothing to open: select an event, quote or paragraph")
      return
    }
    guard document.path != BuiltinSample.path, document.path != "-" else {
      let what = document.path == "-" ? "standard input" : "the built-in sample"
      state.message = .error("\(what) has no file to open")
      return
    }
    effects.append(.openEditor(path: document.path, location: location))
  }

  private func selectedQuote() -> Quote? {
    guard let position = item(state.focus, row: state.cursor(state.focus).row) else { return nil }
    switch state.focus {
    case .quotes: return corpus.quotes[position]
    case .timeline: return corpus.events[position].quotes.lazy.compactMap(corpus.quote).first
    case .actors, .source: return nil
    }
  }
}
