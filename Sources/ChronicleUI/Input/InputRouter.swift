/// Turns a key into a command for the current mode: the prompt takes text, the help overlay
/// scrolls or closes, the detail overlay closes, digits make a count; otherwise the keymap
/// decides.
public enum InputRouter {
  public static func command(for key: Key, in state: AppState, keymap: Keymap) -> Command? {
    if state.prompt != nil { return promptCommand(key) }
    if state.isHelpShown { return helpCommand(key, state: state, keymap: keymap) }
    if state.editsCursor != nil { return editsCommand(key, keymap: keymap) }
    if state.isDetailShown { return .closeDetail }
    if let digit = countDigit(key, state: state, keymap: keymap) { return .countDigit(digit) }
    guard let action = keymap.action(for: key) else { return nil }
    switch action {
    case .search: return .openPrompt(.search)
    case .commandLine: return .openPrompt(.command)
    default: return .action(action)
    }
  }

  /// A digit that counts: any digit once a count is begun; to begin one, a digit the keymap
  /// leaves unbound (by default `1`–`4` focus panes, so counts begin with 5–9), never `0`.
  private static func countDigit(_ key: Key, state: AppState, keymap: Keymap) -> Int? {
    guard case .char(let c) = key, let digit = c.wholeNumberValue, c.isASCII else { return nil }
    if state.pendingCount != nil { return digit }
    return digit > 0 && keymap.action(for: key) == nil ? digit : nil
  }

  private static func promptCommand(_ key: Key) -> Command? {
    switch key {
    case .char(let c): .promptInsert(c)
    case .backspace, .delete, .ctrl("h"): .promptBackspace
    case .ctrl("u"): .promptClear
    case .enter: .promptSubmit
    case .escape, .ctrl("c"), .ctrl("g"): .promptCancel
    case .up, .ctrl("p"): .promptHistory(-1)
    case .down, .ctrl("n"): .promptHistory(1)
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

  private static func helpCommand(_ key: Key, state: AppState, keymap: Keymap) -> Command {
    let overlay = HelpOverlay(keymap: keymap, scroll: 0)
    let limit = overlay.lastScroll(in: state.size)
    let page = max(1, overlay.pageHeight(in: state.size))
    switch keymap.action(for: key) {
    case .moveDown: return .scrollHelp(1, limit: limit)
    case .moveUp: return .scrollHelp(-1, limit: limit)
    case .pageDown: return .scrollHelp(page, limit: limit)
    case .pageUp: return .scrollHelp(-page, limit: limit)
    case .halfPageDown: return .scrollHelp(max(1, page / 2), limit: limit)
    case .halfPageUp: return .scrollHelp(-max(1, page / 2), limit: limit)
    case .moveBottom: return .scrollHelp(limit, limit: limit)
    case .moveTop: return .scrollHelp(-limit, limit: limit)
    default: return .closeHelp
    }
  }
}
