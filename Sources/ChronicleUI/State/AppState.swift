import ChronicleCore

/// Everything the explorer remembers between keys; only `reduce` changes it.
///
/// The filtered view, the Timeline's rows and the Actors rows are derived from `filters` and
/// `timelineOrder` and kept here, so that a key press that touches neither never recomputes
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
  /// The Timeline's rows: `view.events` in `timelineOrder`.
  public private(set) var timeline: [Int]
  public private(set) var timelineOrder: TimelineOrder = .date
  public private(set) var actorRows: [ActorRow]
  public var source: SourceTarget?
  public var jumps: [JumpPoint] = []
  public var search: SearchState?
  public var prompt: Prompt?
  public var helpScroll: Int?
  public var themeName: String
  public var layoutMode: LayoutMode
  public var message: StatusMessage?
  /// Set while the corpus is still being read in the background.
  public var loading: LoadProgress?
  /// Set when the explorer was opened with `--follow`.
  public var follow: FollowState?

  public init(
    corpus: Corpus, size: Size, themeName: String = Theme.defaultName,
    layoutMode: LayoutMode = .auto
  ) {
    self.size = size
    self.themeName = themeName
    self.layoutMode = layoutMode
    view = .unfiltered(corpus)
    timeline = view.events
    actorRows = ActorRow.rows(for: view, in: corpus)
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

  /// Replaces the filter stack and recomputes what it selects.
  mutating func setFilters(_ terms: [FilterTerm], corpus: Corpus) {
    filters = terms
    view = FilteredView(corpus: corpus, terms: terms)
    timeline = timelineOrder.arrange(view.events, in: corpus)
    actorRows = ActorRow.rows(for: view, in: corpus)
    for pane in [Pane.timeline, .actors, .quotes] { cursors[pane] = PaneCursor() }
  }

  /// Reorders the Timeline, keeping the selected event selected.
  mutating func setTimelineOrder(_ order: TimelineOrder, corpus: Corpus) {
    let selected =
      timeline.indices.contains(cursor(.timeline).row)
      ? timeline[cursor(.timeline).row] : nil
    timelineOrder = order
    timeline = order.arrange(view.events, in: corpus)
    cursors[.timeline] = PaneCursor(row: selected.flatMap(timeline.firstIndex) ?? 0)
  }
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
