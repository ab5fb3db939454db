import ChronicleCore
import Foundation

/// Runs the explorer above the terminal: routes keys and mouse events to `reduce`, performs
/// the effects (export, theme switch, clipboard, editor, quit) and renders frames.
///
/// The terminal layer only feeds events and sizes in and presents the frames; tests drive the
/// same object with a `VirtualScreen` and a recording `TerminalHost`.
public final class App {
  public internal(set) var corpus: Corpus
  public let settings: AppSettings
  public internal(set) var state: AppState
  public private(set) var theme: Theme
  public private(set) var isFinished = false
  /// Problems with articles that arrived while following, for standard error on exit.
  public internal(set) var arrivalProblems: [InputProblem] = []
  let host: TerminalHost?
  /// The corpus still being read, until `pollLoad` swaps it in.
  var pendingLoad: BackgroundLoad?
  /// The reader has sent a command (not a resize or load progress) since the corpus was
  /// last swapped: the whole corpus then keeps their place in the preview.
  var readerActed = false
  /// The folders being followed (`--follow`), started once the first load is in.
  let follower: ArticleFollower?
  /// The reader's edits and their overlay; nil when edits are off.
  let curation: CurationSession?
  /// What `/` in the Source pane asks to search every article (the archive's full-text
  /// index); nil searches the shown article only.
  let articleSearch: ParagraphSearching?

  public init(
    corpus: Corpus, size: Size, settings: AppSettings = AppSettings(),
    host: TerminalHost? = nil, message: StatusMessage? = nil, loading: BackgroundLoad? = nil,
    edits: EditStore? = nil, follower: ArticleFollower? = nil,
    articleSearch: ParagraphSearching? = nil
  ) {
    self.follower = follower
    self.articleSearch = articleSearch
    let curation = edits.map(CurationSession.init)
    self.curation = curation
    let corpus = curation?.rebase(corpus) ?? corpus
    self.corpus = corpus
    self.settings = settings
    self.host = host
    theme = settings.theme
    state = AppState(
      corpus: corpus, size: size, themeName: settings.theme.name, layoutMode: settings.layout)
    state.message = curation?.problem.map { .error("edits are off: \($0)") } ?? message
    state.edits = curation?.rows ?? []
    state.searchesArticles = articleSearch != nil
    if follower != nil { state.follow = FollowState(isOn: true) }
    pendingLoad = loading
    if loading != nil { state.loading = LoadProgress(done: 0, total: 0) }
    state = reduce(state, .resize(size), corpus: corpus).state
  }

  public var keymap: Keymap { settings.keymap }

  /// Handles a key; unbound keys do nothing.
  public func press(_ key: Key) {
    guard let command = InputRouter.command(for: key, in: state, keymap: keymap) else { return }
    send(command)
  }

  /// Applies a command and performs its effects.
  public func send(_ command: Command) {
    switch command {
    case .loadProgress, .resize: break
    default: readerActed = true
    }
    let transition = reduce(state, command, corpus: corpus)
    if let adopted = command.adoptedCorpus { corpus = adopted }
    state = transition.state
    for effect in transition.effects { perform(effect) }
  }

  public func render() -> CellGrid {
    prefetchShownTexts()
    return RootView(state: state, corpus: corpus, keymap: keymap).render()
  }

  /// Renders and presents a frame, resizing first if the screen changed size.
  public func draw(on screen: Screen) {
    if screen.size != state.size { send(.resize(screen.size)) }
    screen.present(render(), theme: theme)
  }

  private func perform(_ effect: Effect) {
    switch effect {
    case .quit:
      isFinished = true
    case .export(let path, let format, let filters):
      send(
        .notify(
          Exporter.export(
            corpus, filters: filters, format: format, to: path,
            protecting: ProtectedPaths(
              settings.protectedPaths.paths + corpus.documents.map(\.path)))))
    case .loadTheme(let name):
      do {
        theme = try Theme.load(name, directories: settings.themeDirectories)
        send(.themeApplied(theme.name))
      } catch {
        send(.notify(.error("\(error)")))
      }
    case .copyToClipboard(let text):
      host?.writeControlSequence(OSC52.sequence(copying: text))
    case .openEditor(let path, let location):
      send(.notify(openEditor(path, at: location)))
    case .setFollowing(let on):
      follower?.isFollowing = on
    case .saveEdit, .revertEdit:
      performCuration(effect)
    case .searchArticles(let query):
      searchArticles(query)
    }
  }

  /// Runs the editor on `path` at the paragraph's line and reports how it went.
  private func openEditor(_ path: String, at location: ParagraphLocation) -> StatusMessage {
    guard let host else { return .error("no terminal to run the editor on") }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .error("cannot read \(path)")
    }
    let paragraphs = corpus.document(location.document)?.paragraphs ?? []
    let line = SourceLineLocator(fileText: String(decoding: data, as: UTF8.self))
      .line(ofParagraph: location.paragraph, in: paragraphs)
    let arguments = EditorCommand.arguments(editor: settings.editor, path: path, line: line)
    guard let status = host.runSuspended(arguments) else {
      return .error("cannot run the editor '\(settings.editor)'")
    }
    if status != 0 { return .error("the editor '\(settings.editor)' exited with status \(status)") }
    let place = line.map { "line \($0)" } ?? "the top (paragraph not found in the file)"
    return .info("edited \(path) at \(place)")
  }
}
