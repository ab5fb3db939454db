import ChronicleCore

/// The result of one command: the next state and the work left for the app to do.
public struct Transition: Sendable, Equatable {
  public var state: AppState
  public var effects: [Effect]
}

/// The dispatcher: the only way state changes. Pure — same state, command and corpus give the
/// same transition — so every key can be tested without a terminal.
public func reduce(_ state: AppState, _ command: Command, corpus: Corpus) -> Transition {
  if case .corpusChanged(let update) = command {
    return adopt(update, into: state, from: corpus)
  }
  var reducer = Reducer(state: state, corpus: corpus)
  if command.clearsMessage(at: state.size) { reducer.state.message = nil }
  reducer.apply(command)
  reducer.settle()
  return Transition(state: reducer.state, effects: reducer.effects)
}

extension Command {
  /// Whether the status message goes away: any user command does; background progress and a
  /// redraw at the same size keep it readable.
  func clearsMessage(at size: Size) -> Bool {
    switch self {
    case .loadProgress, .corpusChanged: false
    case .resize(let new): new != size
    default: true
    }
  }
}

/// Working space for one `reduce` call; each concern lives in its own extension.
struct Reducer {
  var state: AppState
  let corpus: Corpus
  var effects: [Effect] = []

  var rows: PaneRows { PaneRows(corpus: corpus, state: state) }

  mutating func apply(_ command: Command) {
    switch command {
    case .action(let action): perform(action)
    case .resize(let size): state.size = size
    case .openPrompt(let kind): state.prompt = Prompt(kind: kind)
    case .promptInsert(let c): state.prompt?.text.append(c)
    case .promptBackspace:
      if state.prompt?.text.isEmpty == true {
        state.prompt = nil
      } else {
        state.prompt?.text.removeLast()
      }
    case .promptClear: state.prompt?.text = ""
    case .promptSubmit: submitPrompt()
    case .promptCancel: state.prompt = nil
    case .scrollHelp(let delta): state.helpScroll = max(0, (state.helpScroll ?? 0) + delta)
    case .closeHelp: state.helpScroll = nil
    case .filterActor(let name): filterActor(named: name)
    case .filterCountry(let name): filterCountry(named: name)
    case .search(let query): startSearch(query)
    case .setTheme(let name): effects.append(.loadTheme(name))
    case .export(let path, let format): export(path, format)
    case .sortTimeline(let order): sortTimeline(order)
    case .goto(let day, let label): goto(day, label: label)
    case .setLayout(let mode):
      state.layoutMode = mode
      state.message = .info("layout: \(mode.rawValue)")
    case .click(let row, let col): click(row: row, col: col)
    case .wheel(let row, let col, let lines): wheel(row: row, col: col, lines: lines)
    case .loadProgress(let done, let total):
      state.loading = LoadProgress(done: done, total: total)
    case .corpusChanged: break  // handled by `reduce` itself, which swaps the corpus
    case .invalid(let message): state.message = .error(message)
    case .notify(let message): state.message = message
    case .themeApplied(let name):
      state.themeName = name
      state.message = .info("theme: \(name)")
    }
  }

  mutating func perform(_ action: Action) {
    switch action {
    case .quit: effects.append(.quit)
    case .help: state.helpScroll = state.isHelpShown ? nil : 0
    case .focusNext: state.focus = state.focus.next
    case .focusPrevious: state.focus = state.focus.previous
    case .focusTimeline: state.focus = .timeline
    case .focusActors: state.focus = .actors
    case .focusQuotes: state.focus = .quotes
    case .focusSource: state.focus = .source
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .moveTop: move(by: -Int.max / 2)
    case .moveBottom: move(by: Int.max / 2)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .halfPageDown: move(by: max(1, pageSize / 2))
    case .halfPageUp: move(by: -max(1, pageSize / 2))
    case .search: state.prompt = Prompt(kind: .search)
    case .commandLine: state.prompt = Prompt(kind: .command)
    case .searchNext: repeatSearch(forward: true)
    case .searchPrevious: repeatSearch(forward: false)
    case .activate: activate()
    case .back: goBack()
    case .undoFilter: undoFilter()
    case .clearFilters: clearFilters()
    case .copyQuote: copyQuote()
    case .openInEditor: openInEditor()
    case .toggleFollow: toggleFollow()
    }
  }

  /// `:export FILE [FORMAT]`: the format named, else the one the file name asks for.
  private mutating func export(_ path: String, _ format: ExportFormat?) {
    guard let format = format ?? ExportFormat(pathExtensionOf: path) else {
      state.message = .error(
        "cannot tell the format of \(path): name it \(ExportFormat.knownExtensions), "
          + "or add a format (:export FILE csv)")
      return
    }
    effects.append(.export(path: path, format: format, filters: state.filters))
  }

  private mutating func submitPrompt() {
    guard let prompt = state.prompt else { return }
    state.prompt = nil
    switch prompt.kind {
    case .search:
      if !prompt.text.isEmpty { startSearch(prompt.text) }
    case .command:
      if let command = CommandLineParser.parse(prompt.text) { apply(command) }
    }
  }
}
