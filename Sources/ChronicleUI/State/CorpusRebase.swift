import ChronicleCore

/// Carries what the reader points at from one version of the corpus to the next. Ids are
/// renumbered when articles come and go, so everything is matched by identity instead: a
/// document by its path, a quote or event by its document and span, an actor by its name
/// (else by the actor that now holds its first mention).
struct CorpusRebase {
  let old: Corpus
  let new: Corpus
  private let documentByPath: [String: String]

  init(old: Corpus, new: Corpus) {
    self.old = old
    self.new = new
    documentByPath = Dictionary(
      new.documents.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
  }

  func document(_ id: String) -> String? {
    old.document(id).flatMap { documentByPath[$0.path] }
  }

  func span(_ span: TextSpan) -> TextSpan? {
    document(span.document).map { TextSpan(document: $0, paragraph: span.paragraph, start: span.start, end: span.end) }
  }

  func location(_ location: ParagraphLocation) -> ParagraphLocation? {
    document(location.document).map { ParagraphLocation(document: $0, paragraph: location.paragraph) }
  }

  func source(_ target: SourceTarget) -> SourceTarget? {
    guard let location = location(target.location) else { return nil }
    return SourceTarget(location: location, span: target.span.flatMap(span))
  }

  func actor(_ id: String) -> String? {
    guard let actor = old.actor(id) else { return nil }
    let name = actor.name.lowercased()
    let named = new.actors.filter { $0.name.lowercased() == name }
    if let best = named.max(by: { $0.mentions.count < $1.mentions.count }) { return best.id }
    for mention in actor.mentions {
      guard let moved = span(mention) else { continue }
      if let holder = new.actors.first(where: { $0.mentions.contains(moved) }) { return holder.id }
    }
    return nil
  }

  func term(_ term: FilterTerm) -> FilterTerm? {
    switch term {
    case .actor(let id): actor(id).map(FilterTerm.actor)
    case .country: term
    }
  }

  func terms(_ terms: [FilterTerm]) -> [FilterTerm] { terms.compactMap(term) }

  /// What a row of a list pane stands for, to find it again after the corpus changed.
  enum Anchor: Equatable {
    case event(TextSpan)
    case quote(TextSpan)
    case actor(String)
    case country(String?)
  }

  /// The anchor of row `row` of `pane` in `state` (on the old corpus).
  func anchor(_ pane: Pane, row: Int, in state: AppState) -> Anchor? {
    switch pane {
    case .timeline:
      guard state.timeline.indices.contains(row), let position = state.timeline[row].item
      else { return nil }
      return span(old.events[position].span).map(Anchor.event)
    case .quotes:
      guard state.quotes.indices.contains(row), let position = state.quotes[row].item
      else { return nil }
      return span(old.quotes[position].span).map(Anchor.quote)
    case .actors:
      guard state.actorRows.indices.contains(row) else { return nil }
      switch state.actorRows[row] {
      case .country(let code): return .country(code)
      case .actor(let position): return actor(old.actors[position].id).map(Anchor.actor)
      }
    case .source:
      return nil
    }
  }

  /// The row of `anchor` in `state` (on the new corpus).
  func row(of anchor: Anchor, in state: AppState) -> Int? {
    switch anchor {
    case .event(let span): state.timeline.firstIndex { $0.item.map { new.events[$0].span } == span }
    case .quote(let span): state.quotes.firstIndex { $0.item.map { new.quotes[$0].span } == span }
    case .actor(let id):
      state.actorRows.firstIndex { row in
        if case .actor(let position) = row { new.actors[position].id == id } else { false }
      }
    case .country(let code): state.actorRows.firstIndex(of: .country(code))
    }
  }
}

extension AppState {
  /// This state moved onto `update`'s corpus: the same filters (actors found again by name),
  /// each pane's selected row kept by identity at the same height on screen, the Source pane
  /// on the same paragraph, the search kept. Rows the reader was not looking at may come and
  /// go around the selection; the view does not jump.
  func rebased(from old: Corpus, onto new: Corpus) -> AppState {
    let map = CorpusRebase(old: old, new: new)
    // A fresh state holds the new corpus's own tables (dates, nesting, labels); the reader's
    // settings and place are carried over onto it.
    var next = AppState(corpus: new, size: size, themeName: themeName, layoutMode: layoutMode)
    next.focus = focus
    next.prompt = prompt
    next.promptHistory = promptHistory
    next.helpScroll = helpScroll
    next.isDetailShown = isDetailShown
    next.message = message
    next.loading = loading
    next.follow = follow
    next.edits = edits
    next.editsCursor = editsCursor
    next.search = search.map { SearchState(query: $0.query, pane: $0.pane, matches: nil) }
    next.setOrder(order, corpus: new)
    next.setShowsUndated(showsUndated, corpus: new)
    next.setFilters(map.terms(filters), corpus: new)
    next.filterHistory = filterHistory.map(map.terms)
    for pane in [Pane.timeline, .actors, .quotes] {
      let before = cursor(pane)
      guard let anchor = map.anchor(pane, row: before.row, in: self),
        let row = map.row(of: anchor, in: next)
      else {
        next.cursors[pane] = before
        continue
      }
      next.cursors[pane] = PaneCursor(row: row, scroll: max(0, row - (before.row - before.scroll)))
    }
    next.cursors[.source] = cursor(.source)
    next.source = source.flatMap(map.source)
    next.jumps = jumps.compactMap { jump in
      var moved = jump
      moved.source = jump.source.flatMap(map.source)
      return moved
    }
    return next
  }
}
