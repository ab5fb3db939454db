/// Turns a key into a command for the current mode: the prompt takes text, the help overlay
/// scrolls or closes, otherwise the keymap decides.
public enum InputRouter {
  public static func command(for key: Key, in state: AppState, keymap: Keymap) -> Command? {
    if state.prompt != nil { return promptCommand(key) }
    if state.isHelpShown { return helpCommand(key, keymap: keymap) }
    if state.editsCursor != nil { return editsCommand(key, keymap: keymap) }
    guard let action = keymap.action(for: key) else { return nil }
    switch action {
    case .search: return .openPrompt(.search)
    case .commandLine: return .openPrompt(.command)
    default: return .action(action)
    }
  }

  private static func promptCommand(_ key: Key) -> Command? {
    switch key {
    case .char(let c): .promptInsert(c)
    case .backspace, .delete, .ctrl("h"): .promptBackspace
    case .ctrl("u"): .promptClear
    case .enter: .promptSubmit
    case .escape, .ctrl("c"), .ctrl("g"): .promptCancel
    default: nil
    }
  }

  private static func editsCommand(_ key: Key, keymap: Keymap) -> Command {
    if key == .char("d") { return .curate(.revertSelectedEdit) }
    switch keymap.action(for: key) {
    case .moveDown: return .curate(.moveInEdits(1))
    case .moveUp: return .curate(.moveInEdits(-1))
    default: return .curate(.closeEdits)
    }
  }

  private static func helpCommand(_ key: Key, keymap: Keymap) -> Command {
    switch keymap.action(for: key) {
    case .moveDown: .scrollHelp(1)
    case .moveUp: .scrollHelp(-1)
    case .pageDown, .halfPageDown: .scrollHelp(10)
    case .pageUp, .halfPageUp: .scrollHelp(-10)
    default: .closeHelp
    }
  }
}
