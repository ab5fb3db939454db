/// Every action with its keys, and every `:` command, as rows of text: the one source for the
/// `?` overlay and the README's key table (a test keeps the README in step).
public enum KeyReference {
  /// `(keys, description)` per action, in `Action` order; unbound actions say so.
  public static func actionRows(_ keymap: Keymap) -> [(keys: String, description: String)] {
    Action.allCases.map { action in
      let keys = keymap.keys(for: action).map(\.name).joined(separator: " ")
      return (keys.isEmpty ? "(unbound)" : keys, action.description)
    }
  }

  /// The README's table: key, action name (for keymap.toml), description; then the commands.
  public static func markdown(_ keymap: Keymap = .standard) -> String {
    var lines = ["| keys | action (keymap.toml) | what it does |", "|---|---|---|"]
    for (action, row) in zip(Action.allCases, actionRows(keymap)) {
      let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
      lines.append("| \(keys) | `\(action.rawValue)` | \(escaped(row.description)) |")
    }
    lines += ["", "| command | what it does |", "|---|---|"]
    for (command, description) in CommandLineParser.help {
      lines.append("| `\(escaped(command))` | \(escaped(description)) |")
    }
    return lines.joined(separator: "\n")
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }
}
