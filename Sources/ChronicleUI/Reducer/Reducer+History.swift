import Foundation

extension Reducer {
  /// How many lines each prompt's history keeps.
  static let historyLimit = 100

  /// Adds a submitted line to its prompt's history (a repeat of the last line is kept once).
  mutating func remember(_ prompt: Prompt) {
    let line = prompt.text.trimmingCharacters(in: .whitespaces)
    guard !line.isEmpty else { return }
    var lines = state.promptHistory[prompt.kind] ?? []
    if lines.last != line { lines.append(line) }
    state.promptHistory[prompt.kind] = Array(lines.suffix(Self.historyLimit))
  }

  /// Up (`step` -1) or Down (+1) in the prompt: the previous or next line of its history; Down
  /// past the newest line gives an empty prompt again, as in a shell.
  mutating func recall(_ step: Int) {
    guard var prompt = state.prompt else { return }
    let lines = state.promptHistory[prompt.kind] ?? []
    guard !lines.isEmpty else { return }
    let position = (prompt.historyPosition ?? lines.count) + step
    if position >= lines.count {
      prompt.historyPosition = nil
      prompt.text = ""
    } else {
      prompt.historyPosition = max(0, position)
      prompt.text = lines[max(0, position)]
    }
    state.prompt = prompt
  }
}
