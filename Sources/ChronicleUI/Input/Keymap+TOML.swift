import Foundation

extension Keymap {
  /// Reads a keymap file over the defaults. The file binds keys to action names:
  ///
  /// ```toml
  /// [keys]
  /// j = "move-down"
  /// "Ctrl-N" = "search-next"
  /// ```
  ///
  /// An unknown key name, unknown action or non-string value is an error naming its line;
  /// `loadSkippingBadLines` reports such lines and applies the rest.
  public static func load(toml text: String, file: String, base: Keymap = .standard)
    throws(ConfigError) -> Keymap
  {
    let source = try TOMLSource(file: file, text: text)
    for key in source.table.keys where key != "keys" {
      throw source.error("unknown table or key '\(key)' (expected [keys])", key: key, in: [])
    }
    var keymap = base
    guard let keys = source.table(["keys"]) else { return keymap }
    for name in keys.keys {
      guard let key = Key(name: name) else {
        throw source.error("unknown key '\(name)'", key: name, in: ["keys"])
      }
      guard let actionName = keys[name]?.string else {
        throw source.error("the action for '\(name)' must be a string", key: name, in: ["keys"])
      }
      guard let action = Action(rawValue: actionName) else {
        throw source.error("unknown action '\(actionName)'", key: name, in: ["keys"])
      }
      keymap.bind(key, to: action)
    }
    return keymap
  }

  /// Reads a keymap file over `base`, skipping each bad line: the keymap the good lines give,
  /// and one problem per skipped line (with its number). A problem without a line (a file
  /// that cannot be read as a whole) leaves `base` as it was.
  public static func loadSkippingBadLines(toml text: String, file: String, base: Keymap = .standard)
    -> (keymap: Keymap, problems: [ConfigError])
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var problems: [ConfigError] = []
    while true {
      do {
        let keymap = try load(toml: lines.joined(separator: "\n"), file: file, base: base)
        return (keymap, problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
      } catch {
        guard let line = error.line, lines.indices.contains(line - 1), !lines[line - 1].isEmpty
        else { return (base, problems + [error]) }
        var skipped = error
        skipped.skipsLine = true
        problems.append(skipped)
        lines[line - 1] = ""
      }
    }
  }

  /// Reads a keymap file from disk over `base`, skipping bad lines (see
  /// `loadSkippingBadLines`); a file that cannot be read is one problem.
  public static func load(path: String, base: Keymap = .standard)
    -> (keymap: Keymap, problems: [ConfigError])
  {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      return (base, [ConfigError(file: path, line: nil, message: "cannot read the keymap file")])
    }
    return loadSkippingBadLines(toml: text, file: path, base: base)
  }
}
