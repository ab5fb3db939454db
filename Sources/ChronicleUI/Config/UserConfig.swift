import Foundation

/// The user's configuration directory, read once at start-up:
/// `$XDG_CONFIG_HOME/chronicle/` (else `~/.config/chronicle/`) with `config.toml`,
/// `keymap.toml` and extra themes in `themes/`.
///
/// A broken file never stops the explorer: it becomes a warning and that file's defaults
/// are used. Missing files are simply defaults.
public struct UserConfig: Sendable {
  /// The directory, or nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
  public var directory: String?
  public var file = ConfigFile()
  /// The default keys with `keymap.toml` applied.
  public var keymap = Keymap.standard
  public var warnings: [ConfigError] = []

  public init(directory: String?) {
    self.directory = directory
    guard directory != nil else { return }
    if let text = read("config.toml") {
      do {
        file = try ConfigFile.parse(toml: text, file: path("config.toml"))
      } catch {
        warnings.append(error)
      }
    }
    if let text = read("keymap.toml") {
      let loaded = Keymap.loadSkippingBadLines(toml: text, file: path("keymap.toml"))
      keymap = loaded.keymap
      warnings += loaded.problems
    }
  }

  /// Reads the directory named by the environment.
  public static func load(environment: [String: String]) -> UserConfig {
    UserConfig(directory: directory(environment))
  }

  /// `$XDG_CONFIG_HOME/chronicle` when that is an absolute path (as the XDG spec requires),
  /// else `$HOME/.config/chronicle`.
  public static func directory(_ environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/chronicle" }
    return environment["HOME"].map { $0 + "/.config/chronicle" }
  }

  /// Where theme files are looked up by name: `$CHRONICLE_THEMES`, then `themes/` here.
  public func themeDirectories(_ environment: [String: String]) -> [String] {
    [environment["CHRONICLE_THEMES"], directory.map { $0 + "/themes" }].compactMap { $0 }
  }

  private func path(_ name: String) -> String { (directory ?? ".") + "/" + name }

  /// A file's text, or nil when it does not exist. An unreadable file is a warning.
  private mutating func read(_ name: String) -> String? {
    let path = path(name)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path) else {
      warnings.append(ConfigError(file: path, line: nil, message: "cannot read the file"))
      return nil
    }
    return String(decoding: data, as: UTF8.self)
  }
}
