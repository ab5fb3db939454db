import ChronicleCore

/// Everything that can change the explorer's state, as a value: keymap actions, typed
/// commands, prompt editing and terminal events. `reduce` is the only consumer.
public enum Command: Sendable, Equatable {
  case action(Action)
  case resize(Size)
  case openPrompt(Prompt.Kind)
  case promptInsert(Character)
  case promptBackspace
  case promptClear
  case promptSubmit
  case promptCancel
  case scrollHelp(Int)
  case closeHelp
  case filterActor(String)
  case filterCountry(String)
  case search(String)
  case setTheme(String)
  case export(String)
  /// A `:` line that is not a command.
  case invalid(String)
  /// Feedback from work done outside the reducer (an export, a theme load).
  case notify(StatusMessage)
  /// The app switched to the named theme.
  case themeApplied(String)
}

/// Work `reduce` asks the app to do outside the pure state change.
public enum Effect: Sendable, Equatable {
  case quit
  /// Write the filtered corpus as chronicle/1 JSON to a path.
  case export(path: String, filters: [FilterTerm])
  /// Load and switch to a theme by name or path.
  case loadTheme(String)
}
