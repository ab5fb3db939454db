/// Every user action the keymap can bind, declared once with its one-line description.
///
/// Like tig's request table, this single list feeds the default keymap, the keymap file
/// parser (action names) and the `?` help screen.
public enum Action: String, Sendable, CaseIterable, Hashable {
  case quit
  case help
  case focusNext = "focus-next"
  case focusPrevious = "focus-previous"
  case focusTimeline = "focus-timeline"
  case focusActors = "focus-actors"
  case focusQuotes = "focus-quotes"
  case focusSource = "focus-source"
  case moveDown = "move-down"
  case moveUp = "move-up"
  case moveTop = "move-top"
  case moveBottom = "move-bottom"
  case pageDown = "page-down"
  case pageUp = "page-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case search
  case searchNext = "search-next"
  case searchPrevious = "search-previous"
  case commandLine = "command-line"
  case activate
  case back
  case undoFilter = "undo-filter"
  case clearFilters = "clear-filters"
  case copyQuote = "copy-quote"
  case openInEditor = "open-in-editor"
  case toggleFollow = "toggle-follow"
  case showDetail = "show-detail"

  public var description: String {
    switch self {
    case .quit: "Quit (the terminal is restored)"
    case .help: "Show or hide this help"
    case .focusNext: "Focus the next pane"
    case .focusPrevious: "Focus the previous pane"
    case .focusTimeline: "Focus the Timeline pane"
    case .focusActors: "Focus the Actors pane"
    case .focusQuotes: "Focus the Quotes pane"
    case .focusSource: "Focus the Source pane"
    case .moveDown: "Move down one row (a count first moves that many: 5j)"
    case .moveUp: "Move up one row (5k: five rows)"
    case .moveTop: "Move to the first row (12g: row 12)"
    case .moveBottom: "Move to the last row (12G: row 12)"
    case .pageDown: "Move down one page (as in less and vim)"
    case .pageUp: "Move up one page"
    case .halfPageDown: "Move down half a page"
    case .halfPageUp: "Move up half a page"
    case .search: "Search the focused pane (Source, archived: every article); Up recalls"
    case .searchNext: "Next search match"
    case .searchPrevious: "Previous search match"
    case .commandLine:
      "Enter a command (:actor :country :clear :sort :undated :goto :theme :export); Up recalls"
    case .activate: "Filter by the actor or country; jump to a quote's or event's source"
    case .back: "Go back along the jump list"
    case .undoFilter: "Undo the last filter change"
    case .clearFilters: "Clear all filters"
    case .copyQuote: "Copy the quote with its citation to the clipboard (OSC 52)"
    case .openInEditor: "Open the source file in $EDITOR at the paragraph's line"
    case .toggleFollow: "Follow the open folders (new articles appear) or pause (--follow)"
    case .showDetail: "Show the selected row's full text, speaker, date and source"
    }
  }
}
