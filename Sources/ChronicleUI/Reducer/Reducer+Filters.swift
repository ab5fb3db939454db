import ChronicleCore

extension Reducer {
  mutating func filterActor(named name: String) {
    let matches = FilterResolver(corpus: corpus).actors(named: name)
    guard let actor = matches.max(by: { $0.mentions.count < $1.mentions.count }) else {
      state.message = .error("no actor named '\(name)'")
      return
    }
    addFilter(.actor(actor.id))
  }

  mutating func filterCountry(named name: String) {
    guard let country = FilterResolver(corpus: corpus).country(named: name) else {
      state.message = .error("no country '\(name)'")
      return
    }
    addFilter(.country(country.code))
  }

  /// Pushes a term onto the filter stack (the old stack goes to the undo history).
  mutating func addFilter(_ term: FilterTerm) {
    guard !state.filters.contains(term) else {
      state.message = .info("already filtered by \(label(term))")
      return
    }
    changeFilters(to: state.filters + [term])
    state.message = .info("filter: \(label(term))")
  }

  mutating func clearFilters() {
    guard !state.filters.isEmpty else {
      state.message = .info("no filters to clear")
      return
    }
    changeFilters(to: [])
    state.message = .info("filters cleared")
  }

  mutating func undoFilter() {
    guard let previous = state.filterHistory.popLast() else {
      state.message = .info("nothing to undo")
      return
    }
    state.setFilters(previous, corpus: corpus)
    state.message = .info("filter change undone")
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
      "country " + (corpus.country(code).map { "\($0.name) (\(code))" } ?? code)
    }
  }
}
