import ChronicleCore

/// Everything the explorer remembers between keys; only `reduce` changes it.
///
/// The filtered view, the Timeline's rows and the Actors rows are derived from `filters` and
/// `order` and kept here, so that a key press that touches neither never recomputes
/// them.
public struct AppState: Sendable, Equatable {
  public var size: Size
  public var focus: Pane = .timeline
  /// Selected row and scroll of each pane.
  public var cursors: [Pane: PaneCursor] = [:]
  /// The filter stack, oldest first (actor AND country).
  public private(set) var filters: [FilterTerm] = []
  /// Earlier filter stacks, for `u`.
  public var filterHistory: [[FilterTerm]] = []
  public private(set) var view: FilteredView
  /// The Timeline's rows: `view.events` in `order`, with undated and document headers.
  public private(set) var timeline: [ListRow] = []
  /// The Quotes pane's rows: `view.quotes` in `order`, nested direct quotes left out.
  public private(set) var quotes: [ListRow] = []
  /// How Timeline and Quotes are ordered (`:sort`).
  public private(set) var order: TimelineOrder = .date
  /// Whether the Timeline lists undated events (`:undated show|hide`).
  public private(set) var showsUndated = true
  public private(set) var actorRows: [ActorRow] = []
  /// How many events and quotes the Timeline and Quotes panes list (headers aside).
  public private(set) var shownEvents = 0
  public private(set) var shownQuotes = 0
  /// How many actors the Actors pane lists (records sharing a name count once).
  public private(set) var shownActors = 0
  let quoteDates: QuoteDates
  let nesting: QuoteNesting
  let namesakes: Namesakes
  let labels: DocumentLabels
  public var source: SourceTarget?
  public var jumps: [JumpPoint] = []
  public var search: SearchState?
  /// Whether `/` in the Source pane searches every article (through the archive's full-text
  /// index) rather than the shown one.
  public var searchesArticles = false
  public var prompt: Prompt?
  public var helpScroll: Int?
  /// Whether the overlay with the selected row's full text is open (`v`).
  public var isDetailShown = false
  /// A count typed before a movement key (`5j`), while it is being typed.
  public var pendingCount: Int?
  /// Earlier `:` commands and `/` searches, oldest first, for Up and Down in the prompt.
  public var promptHistory: [Prompt.Kind: [String]] = [:]
  public var themeName: String
  public var layoutMode: LayoutMode
  public var message: StatusMessage?
  /// Set while the corpus is still being read in the background.
  public var loading: LoadProgress?
  /// Set when the explorer was opened with `--follow`.
  public var follow: FollowState?
  /// The reader's edits, newest first, for `:edits` and `:undo-edit`.
  public var edits: [EditRow] = []
  /// The selected row of the `:edits` list while it is shown.
  public var editsCursor: Int?

  public init(
    corpus: Corpus, size: Size, themeName: String = Theme.defaultName,
    layoutMode: LayoutMode = .auto
  ) {
    self.size = size
    self.themeName = themeName
    self.layoutMode = layoutMode
    view = .unfiltered(corpus)
    quoteDates = QuoteDates(corpus: corpus)
    nesting = QuoteNesting(corpus: corpus)
    namesakes = Namesakes(corpus: corpus)
    labels = DocumentLabels(corpus: corpus)
    arrange(corpus)
  }

  public var isHelpShown: Bool { helpScroll != nil }

  public func cursor(_ pane: Pane) -> PaneCursor { cursors[pane] ?? PaneCursor() }

  /// Where everything is drawn at the current size, focus and layout mode.
  public var layout: Layout { Layout(size: size, focus: focus, mode: layoutMode) }

  /// How many rows `pane` shows when visible.
  func visibleRows(_ pane: Pane) -> Int { Layout.visibleRows(pane, size: size, mode: layoutMode) }

  /// The text width of `pane` when visible.
  func contentWidth(_ pane: Pane) -> Int {
    Layout.contentWidth(pane, size: size, mode: layoutMode)
  }

  /// Replaces the filter stack and recomputes what it selects; each pane keeps its selected
  /// item where the new view still holds it.
  mutating func setFilters(_ terms: [FilterTerm], corpus: Corpus) {
    let kept = selections()
    let added = terms.filter { !filters.contains($0) }
    filters = terms
    view = FilteredView(corpus: corpus, terms: terms)
    arrange(corpus)
    reselect(kept)
    if case .actor(let id)? = added.last { selectActor(id: id, in: corpus) }
  }

  /// Puts the Actors pane on the actor a new filter names (`:actor Roe`), as choosing it
  /// there would have, so commands on "the selected actor" act on it next.
  private mutating func selectActor(id: String, in corpus: Corpus) {
    guard
      let row = actorRows.firstIndex(where: { row in
        if case .actor(let position) = row { return corpus.actors[position].id == id }
        return false
      }), cursor(.actors).row != row
    else { return }
    cursors[.actors] = PaneCursor(row: row, scroll: max(0, row - visibleRows(.actors) / 2))
  }

  /// Reorders Timeline and Quotes, keeping the selected items selected.
  mutating func setOrder(_ order: TimelineOrder, corpus: Corpus) {
    let kept = selections()
    self.order = order
    arrange(corpus)
    reselect(kept)
  }

  /// Shows or hides the Timeline's undated events, keeping the selection where it can.
  mutating func setShowsUndated(_ shows: Bool, corpus: Corpus) {
    let kept = selections()
    showsUndated = shows
    arrange(corpus)
    reselect(kept)
  }

  /// The rows of the list panes from the view, order and undated choice.
  private mutating func arrange(_ corpus: Corpus) {
    search?.matches = nil
    timeline = order.timelineRows(view.events, in: corpus, showsUndated: showsUndated)
    let shown = nesting.host.isEmpty ? view.quotes : view.quotes.filter { !nesting.isNested($0) }
    quotes = order.quoteRows(shown, in: corpus, dates: quoteDates)
    shownEvents =
      showsUndated && order == .date ? view.events.count : timeline.count { $0.item != nil }
    shownQuotes = shown.count
    actorRows = ActorRow.rows(for: view, filters: filters, namesakes: namesakes, in: corpus)
    shownActors = actorRows.count { if case .actor = $0 { true } else { false } }
  }

  /// The selected row of each list pane, to find again after the rows change.
  private func selections() -> [Pane: ListSelection] {
    var kept: [Pane: ListSelection] = [:]
    let timelineRow = cursor(.timeline).row
    if timeline.indices.contains(timelineRow) { kept[.timeline] = .row(timeline[timelineRow]) }
    let quoteRow = cursor(.quotes).row
    if quotes.indices.contains(quoteRow) { kept[.quotes] = .row(quotes[quoteRow]) }
    let actorRow = cursor(.actors).row
    if actorRows.indices.contains(actorRow) { kept[.actors] = .actor(actorRows[actorRow]) }
    return kept
  }

  private mutating func reselect(_ kept: [Pane: ListSelection]) {
    for pane in [Pane.timeline, .actors, .quotes] {
      let row: Int? =
        switch kept[pane] {
        case .row(let row)?: (pane == .timeline ? timeline : quotes).firstIndex(of: row)
        case .actor(let row)?: actorRows.firstIndex(of: row)
        case nil: nil
        }
      let old = cursor(pane)
      cursors[pane] = row.map { PaneCursor(row: $0, scroll: old.scroll) } ?? PaneCursor()
    }
  }
}

/// What was selected in a list pane, by identity rather than by row number.
private enum ListSelection {
  case row(ListRow)
  case actor(ActorRow)
}

/// How far background loading has got: inputs read out of inputs found.
public struct LoadProgress: Sendable, Equatable {
  public var done: Int
  public var total: Int

  public init(done: Int, total: Int) {
    self.done = done
    self.total = total
  }
}
