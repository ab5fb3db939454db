import ChronicleCore
import Foundation

/// Runs the explorer above the terminal: routes keys through the keymap to `reduce`, performs
/// the effects (export, theme switch, quit) and renders frames.
///
/// The terminal layer only feeds keys and sizes in and presents the frames; tests drive the
/// same object with a `VirtualScreen`.
public final class App {
  public let corpus: Corpus
  public let keymap: Keymap
  public private(set) var state: AppState
  public private(set) var theme: Theme
  public private(set) var isFinished = false
  private let themeDirectories: [String]

  public init(
    corpus: Corpus, size: Size, keymap: Keymap = .standard, theme: Theme = .standard,
    themeDirectories: [String] = [], message: StatusMessage? = nil
  ) {
    self.corpus = corpus
    self.keymap = keymap
    self.theme = theme
    self.themeDirectories = themeDirectories
    state = AppState(corpus: corpus, size: size, themeName: theme.name)
    state.message = message
    state = reduce(state, .resize(size), corpus: corpus).state
  }

  /// Handles a key; unbound keys do nothing.
  public func press(_ key: Key) {
    guard let command = InputRouter.command(for: key, in: state, keymap: keymap) else { return }
    send(command)
  }

  /// Applies a command and performs its effects.
  public func send(_ command: Command) {
    let transition = reduce(state, command, corpus: corpus)
    state = transition.state
    for effect in transition.effects { perform(effect) }
  }

  public func render() -> CellGrid {
    RootView(state: state, corpus: corpus, keymap: keymap).render()
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
    case .export(let path, let filters):
      send(.notify(Exporter.export(corpus, filters: filters, to: path)))
    case .loadTheme(let name):
      do {
        theme = try Theme.load(name, directories: themeDirectories)
        send(.themeApplied(theme.name))
      } catch {
        send(.notify(.error("\(error)")))
      }
    }
  }
}
