/// What the user chose for this run, after config files and command-line options were
/// combined (see `UserConfig`): keys, look, layout, editor and the files not to overwrite.
public struct AppSettings: Sendable {
  public var keymap: Keymap
  public var theme: Theme
  /// Where `:theme NAME` looks for `NAME.toml` before the built-in themes.
  public var themeDirectories: [String]
  public var layout: LayoutMode
  /// The editor command for `e` (`$EDITOR`, else `vi`); may hold arguments (`code -w`).
  public var editor: String
  /// Files `:export` refuses to overwrite (the inputs).
  public var protectedPaths: ProtectedPaths

  public init(
    keymap: Keymap = .standard, theme: Theme = .standard, themeDirectories: [String] = [],
    layout: LayoutMode = .auto, editor: String = "vi", protectedPaths: ProtectedPaths = .init([])
  ) {
    self.keymap = keymap
    self.theme = theme
    self.themeDirectories = themeDirectories
    self.layout = layout
    self.editor = editor
    self.protectedPaths = protectedPaths
  }
}
