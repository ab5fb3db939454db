import ChronicleCore

/// The options given on the command line; nil means "not given".
public struct CommandLineChoices: Sendable {
  public var theme: String?
  public var keymapPath: String?
  public var date: CalendarDate?
  public var layout: LayoutMode?
  public var mouse: Bool?

  public init(
    theme: String? = nil, keymapPath: String? = nil, date: CalendarDate? = nil,
    layout: LayoutMode? = nil, mouse: Bool? = nil
  ) {
    self.theme = theme
    self.keymapPath = keymapPath
    self.date = date
    self.layout = layout
    self.mouse = mouse
  }
}

/// Everything a run of the explorer starts with: command-line options win over the config
/// directory, which wins over the built-in defaults.
///
/// A bad command-line theme is the user's explicit request, so it is an error; a bad keymap
/// line (in the config directory or `--keymap`) is a warning naming its line, and the line is
/// skipped; a bad config file, or a config theme that does not load, is a warning and the
/// default is used.
public struct LaunchSettings: Sendable {
  public var app: AppSettings
  /// The publication date override for every article (`--date`, else config `date`).
  public var date: CalendarDate?
  public var mouse: Bool
  public var warnings: [ConfigError]

  public init(
    config: UserConfig, choices: CommandLineChoices, environment: [String: String],
    inputs: [String] = []
  ) throws(ConfigError) {
    warnings = config.warnings
    let directories = config.themeDirectories(environment)
    var keymap = config.keymap
    if let path = choices.keymapPath {
      let loaded = Keymap.load(path: path, base: keymap)
      keymap = loaded.keymap
      warnings += loaded.problems
    }
    let theme: Theme
    if let name = choices.theme {
      theme = try Theme.load(name, directories: directories)
    } else if let name = config.file.theme {
      do {
        theme = try Theme.load(name, directories: directories)
      } catch {
        warnings.append(error)
        theme = .standard
      }
    } else {
      theme = .standard
    }
    let editor = environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    app = AppSettings(
      keymap: keymap, theme: theme, themeDirectories: directories,
      layout: choices.layout ?? config.file.layout ?? .auto, editor: editor,
      protectedPaths: ProtectedPaths(inputs))
    date = choices.date ?? config.file.date
    mouse = choices.mouse ?? config.file.mouse ?? true
  }

  /// The first warning, for the status bar (all of them are printed on standard error).
  public var statusMessage: StatusMessage? {
    guard let first = warnings.first else { return nil }
    let more = warnings.count > 1 ? " (+\(warnings.count - 1) more)" : ""
    return .error("config: \(first)\(more); \(first.fallback)")
  }
}
