import ChronicleCore

/// Everything that can change the explorer's state, as a value: keymap actions, typed
/// commands, prompt editing, mouse and terminal events. `reduce` is the only consumer.
public enum Command: Sendable, Equatable {
  case action(Action)
  case resize(Size)
  case openPrompt(Prompt.Kind)
  case promptInsert(Character)
  case promptBackspace
  case promptClear
  case promptSubmit
  case promptCancel
  /// Up (-1) or Down (+1) in the prompt: an earlier or later line of its history.
  case promptHistory(Int)
  /// A digit of a count before a movement key (`5j`, `12G`).
  case countDigit(Int)
  /// Scrolls the help by `delta` lines, never past `limit` (its last screenful).
  case scrollHelp(Int, limit: Int)
  case closeHelp
  case closeDetail
  /// `:undated hide|show`: whether the Timeline lists undated events.
  case showUndated(Bool)
  case filterActor(String)
  case filterCountry(String)
  case search(String)
  /// The paragraphs of every article that match the search `query`, as the archive's
  /// full-text index found them (the answer to `Effect.searchArticles`).
  case articleMatches(query: String, paragraphs: [ParagraphLocation])
  case setTheme(String)
  /// `:export FILE [FORMAT]`; without a format, the file's extension decides.
  case export(path: String, format: ExportFormat?)
  /// `:sort date|document` on the Timeline.
  case sortTimeline(TimelineOrder)
  /// `:goto DATE`: the first Timeline event on or after the day (`label` is what was typed).
  case goto(CalendarDate, label: String)
  /// `:layout auto|grid|tabs`.
  case setLayout(LayoutMode)
  /// A left click at a screen cell: focuses the pane there and selects the row.
  case click(row: Int, col: Int)
  /// The mouse wheel over a screen cell: moves that pane by `lines` (negative is up).
  case wheel(row: Int, col: Int, lines: Int)
  /// Background loading has read `done` of `total` inputs.
  case loadProgress(done: Int, total: Int)
  /// A new version of the corpus while following: the reader's place moves onto it.
  case corpusChanged(CorpusUpdate)
  /// A `:` line that is not a command.
  case invalid(String)
  /// Feedback from work done outside the reducer (an export, a theme load).
  case notify(StatusMessage)
  /// The app switched to the named theme.
  case themeApplied(String)
  /// A curation command on the selected row, or in the `:edits` list.
  case curate(CurationRequest)
  /// The app saved or reverted an edit; the reader's place moves onto the curated corpus as
  /// with `corpusChanged`.
  case editsChanged(EditsUpdate)
}

/// Work `reduce` asks the app to do outside the pure state change.
public enum Effect: Sendable, Equatable {
  case quit
  /// Write the filtered corpus in `format` to a path.
  case export(path: String, format: ExportFormat, filters: [FilterTerm])
  /// Load and switch to a theme by name or path.
  case loadTheme(String)
  /// Put text on the terminal's clipboard (OSC 52).
  case copyToClipboard(String)
  /// Open a paragraph's source file in the editor, at the paragraph's line.
  case openEditor(path: String, location: ParagraphLocation)
  /// Switch following the open folders on or off.
  case setFollowing(Bool)
  /// Save an edit (durably) and show the curated corpus.
  case saveEdit(Edit)
  /// Mark an edit reverted and show the corpus without it.
  case revertEdit(id: Int, summary: String)
  /// Find the paragraphs of every article that match a `/` search in the Source pane.
  case searchArticles(String)
}
