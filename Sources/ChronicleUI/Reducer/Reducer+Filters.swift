import ChronicleCore

extension Reducer {
  /// `:actor NAME`: one actor fits, and it becomes a filter; several fit, and they are listed
  /// (most mentioned first) for the user to choose by typing more of the name.
  mutating func filterActor(named name: String) {
    let matches = FilterResolver(corpus: corpus).actors(named: name)
    guard let actor = matches.first else {
      state.message = .error("no actor named '\(name)'")
      return
    }
    guard matches.count == 1 else {
      state.message = .error(Self.ambiguity("actors", name, matches.map(\.name)))
      return
    }
    addFilter(.actor(actor.id))
  }

  /// `:country NAME`: a code, name or demonym; an ambiguous beginning lists the candidates.
  mutating func filterCountry(named name: String) {
    switch FilterResolver(corpus: corpus).country(named: name) {
    case .found(let country): addFilter(.country(country.code))
    case .ambiguous(let countries):
      state.message = .error(Self.ambiguity("countries", name, countries.map(\.name)))
    case .notInCorpus(let code, let countryName):
      state.message = .error("\(countryName) (\(code)) is not named in these articles")
    case .unknown:
      state.message = .error("no country '\(name)' (try a name, a code such as PAK, or a demonym)")
    }
  }

  /// "3 actors fit 'Clinton': Hillary Clinton, Bill Clinton, Chelsea Clinton; type more".
  static func ambiguity(_ kind: String, _ query: String, _ names: [String]) -> String {
    if names.count == 1 { return "'\(query)' begins \(names[0]); type more of the name" }
    let shown = names.prefix(6).joined(separator: ", ")
    let more = names.count > 6 ? " and \(names.count - 6) more" : ""
    return "\(names.count) \(kind) fit '\(query)': \(shown)\(more); type more of the name"
  }

  /// Pushes a term onto the filter stack (the old stack goes to the undo history).
  mutating func addFilter(_ term: FilterTerm) {
    guard !state.filters.contains(term) else {
      state.message = .info("already filtered by \(label(term))")
      return
    }
    changeFilters(to: state.filters + [term])
    state.message = .info("filter: \(label(term))")
    refollow()
  }

  mutating func clearFilters() {
    guard !state.filters.isEmpty else {
      state.message = .info("no filters to clear")
      return
    }
    changeFilters(to: [])
    state.message = .info("filters cleared")
    refollow()
  }

  mutating func undoFilter() {
    guard let previous = state.filterHistory.popLast() else {
      state.message = .info("nothing to undo")
      return
    }
    state.setFilters(previous, corpus: corpus)
    state.message = .info("filter change undone")
    refollow()
  }

  /// After a filter change the Source pane shows the selected event (or quote), or nothing
  /// when the view is empty, never a paragraph the filters left out.
  private mutating func refollow() {
    let pane: Pane = state.focus == .quotes ? .quotes : .timeline
    if let span = selectedSpan(pane) ?? selectedSpan(pane == .quotes ? .timeline : .quotes) {
      show(SourceTarget(span: span))
    } else {
      state.source = nil
    }
  }

  private mutating func changeFilters(to terms: [FilterTerm]) {
    state.filterHistory.append(state.filters)
    state.setFilters(terms, corpus: corpus)
  }

  /// How a filter reads in messages and the status bar.
  func label(_ term: FilterTerm) -> String {
    FilterLabel(corpus: corpus).text(term)
  }
}

/// Filter terms in words: "actor Marco Rubio", "country Pakistan (PAK)".
struct FilterLabel {
  let corpus: Corpus

  func text(_ term: FilterTerm) -> String {
    switch term {
    case .actor(let id): "actor " + (corpus.actor(id)?.name ?? id)
    case .country(let code):
      "country " + (corpus.country(code).map { CountryLabel.text($0) } ?? code)
    }
  }
}
