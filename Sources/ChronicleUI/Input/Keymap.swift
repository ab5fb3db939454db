/// Which action each key triggers. Keys are data: the defaults below can be overridden by a
/// TOML keymap file (see `Keymap+TOML.swift`).
public struct Keymap: Sendable, Equatable {
  public private(set) var bindings: [Key: Action]

  public init(bindings: [Key: Action]) { self.bindings = bindings }

  public func action(for key: Key) -> Action? { bindings[key] }

  /// The keys bound to `action`, in a stable order for the help screen.
  public func keys(for action: Action) -> [Key] {
    bindings.filter { $0.value == action }.map(\.key).sorted { $0.name < $1.name }
  }

  /// Binds `key` to `action`, replacing any earlier binding of that key.
  public mutating func bind(_ key: Key, to action: Action) { bindings[key] = action }

  /// The design note's default keys.
  public static let standard = Keymap(bindings: [
    .char("q"): .quit, .char("?"): .help,
    .tab: .focusNext, .backTab: .focusPrevious,
    .char("1"): .focusTimeline, .char("2"): .focusActors, .char("3"): .focusQuotes,
    .char("4"): .focusSource,
    .char("j"): .moveDown, .down: .moveDown, .char("k"): .moveUp, .up: .moveUp,
    .char("g"): .moveTop, .home: .moveTop, .char("G"): .moveBottom, .end: .moveBottom,
    .pageDown: .pageDown, .char(" "): .pageDown, .ctrl("f"): .pageDown,
    .pageUp: .pageUp, .char("b"): .pageUp, .ctrl("b"): .pageUp,
    .ctrl("d"): .halfPageDown, .ctrl("u"): .halfPageUp,
    .char("/"): .search, .char("n"): .searchNext, .char("N"): .searchPrevious,
    .char(":"): .commandLine, .enter: .activate,
    .escape: .back, .ctrl("o"): .back,
    .char("u"): .undoFilter, .char("x"): .clearFilters,
    .char("y"): .copyQuote, .char("e"): .openInEditor, .char("v"): .showDetail,
    .char("F"): .toggleFollow,
  ])
}
