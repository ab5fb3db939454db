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
  if case .editsChanged(let update) = command {
    return adoptEdits(update, into: state, from: corpus)
  }
  var reducer = Reducer(state: state, corpus: corpus)
  if command.clearsMessage(at: state.size) { reducer.state.message = nil }
  if command.endsCount {
    reducer.count = state.pendingCount
    reducer.state.pendingCount = nil
  }
  reducer.apply(command)
  reducer.settle()
  return Transition(state: reducer.state, effects: reducer.effects)
}

extension Command {
  /// Whether the status message goes away: any user command does; background progress and a
  /// redraw at the same size keep it readable.
  func clearsMessage(at size: Size) -> Bool {
    switch self {
    case .loadProgress, .corpusChanged, .editsChanged: false
    case .resize(let new): new != size
    default: true
    }
  }

  /// The corpus this command swaps in (a followed version, or the curated one after an
  /// edit); `reduce` computes the transition against it and the app adopts it.
  var adoptedCorpus: Corpus? {
    switch self {
    case .corpusChanged(let update): update.corpus
    case .editsChanged(let update): update.corpus
    default: nil
    }
  }

  /// Whether a count being typed ends here (and applies, if this is a movement).
  var endsCount: Bool {
    switch self {
    case .countDigit, .loadProgress, .resize: false
    default: true
    }
  }
}

/// Working space for one `reduce` call; each concern lives in its own extension.
struct Reducer {
  var state: AppState
  let corpus: Corpus
  var effects: [Effect] = []
  /// The count typed before this command (`5` of `5j`), if any.
  var count: Int?

  var rows: PaneRows { PaneRows(corpus: corpus, state: state) }

  mutating func apply(_ command: Command) {
    switch command {
    case .action(let action): perform(action)
    case .resize(let size):
      let width = state.contentWidth(.source)
      state.size = size
      if state.contentWidth(.source) != width { rewrapSource() }
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
    case .promptHistory(let step): recall(step)
    case .countDigit(let digit):
      let typed = (state.pendingCount ?? 0).multipliedReportingOverflow(by: 10).partialValue + digit
      state.pendingCount = min(typed, 1_000_000)
    case .scrollHelp(let delta, let limit):
      state.helpScroll = min(max(0, (state.helpScroll ?? 0) + delta), max(0, limit))
    case .closeHelp: state.helpScroll = nil
    case .closeDetail: state.isDetailShown = false
    case .showUndated(let shows): showUndated(shows)
    case .filterActor(let name): filterActor(named: name)
    case .filterCountry(let name): filterCountry(named: name)
    case .search(let query): startSearch(query)
    case .articleMatches(let query, let paragraphs):
      takeArticleMatches(query: query, paragraphs: paragraphs)
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
    case .corpusChanged, .editsChanged: break  // handled by `reduce`, which swaps the corpus
    case .invalid(let message): state.message = .error(message)
    case .notify(let message): state.message = message
    case .themeApplied(let name):
      state.themeName = name
      state.message = .info("theme: \(name)")
    case .curate(let request): curate(request)
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
    case .moveDown: move(by: times)
    case .moveUp: move(by: -times)
    case .moveTop, .moveBottom:
      if let count {
        moveTo(countedRow: count)
      } else {
        move(by: action == .moveTop ? -Int.max / 2 : Int.max / 2)
      }
    case .pageDown: move(by: pageSize * times)
    case .pageUp: move(by: -pageSize * times)
    case .halfPageDown: move(by: max(1, pageSize / 2) * times)
    case .halfPageUp: move(by: -max(1, pageSize / 2) * times)
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
    case .showDetail: state.isDetailShown = true
    }
  }

  /// How many times a movement repeats: the count typed before it, else once.
  private var times: Int { count ?? 1 }

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
    remember(prompt)
    switch prompt.kind {
    case .search:
      if !prompt.text.isEmpty { startSearch(prompt.text) }
    case .command:
      if let command = CommandLineParser.parse(prompt.text) { apply(command) }
    }
  }
}
