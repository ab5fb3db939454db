import ChronicleCore

/// Everything the explorer remembers between keys; only `reduce` changes it.
///
/// The filtered view and the Actors rows are derived from `filters` and kept here so that a
/// key press that does not touch the filters never recomputes them.
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
  public private(set) var actorRows: [ActorRow]
  public var source: SourceTarget?
  public var jumps: [JumpPoint] = []
  public var search: SearchState?
  public var prompt: Prompt?
  public var helpScroll: Int?
  public var themeName: String
  public var message: StatusMessage?

  public init(corpus: Corpus, size: Size, themeName: String = Theme.defaultName) {
    self.size = size
    self.themeName = themeName
    view = .unfiltered(corpus)
    actorRows = ActorRow.rows(for: view, in: corpus)
  }

  public var isHelpShown: Bool { helpScroll != nil }

  public func cursor(_ pane: Pane) -> PaneCursor { cursors[pane] ?? PaneCursor() }

  /// Replaces the filter stack and recomputes what it selects.
  mutating func setFilters(_ terms: [FilterTerm], corpus: Corpus) {
    filters = terms
    view = FilteredView(corpus: corpus, terms: terms)
    actorRows = ActorRow.rows(for: view, in: corpus)
    for pane in [Pane.timeline, .actors, .quotes] { cursors[pane] = PaneCursor() }
  }
}
