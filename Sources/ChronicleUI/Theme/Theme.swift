/// Maps each text role to a style. Views only know roles; a theme (or `NO_COLOR`) decides the
/// look.
public struct Theme: Sendable, Equatable {
  public static let defaultName = "default"

  public var name: String
  public var styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style of `role`; roles a theme leaves out are drawn plain.
  public func style(_ role: Role) -> Style { styles[role] ?? Style() }

  /// This theme with colours removed: the attribute-only look for `NO_COLOR`, `TERM=dumb` and
  /// mono terminals. Roles whose meaning was carried only by colour get the mono theme's
  /// attributes.
  public var monochrome: Theme {
    var result = Theme.mono
    result.name = name
    for (role, style) in styles {
      let attributes = style.attributesOnly
      if attributes != Style() { result.styles[role] = attributes }
    }
    return result
  }

  /// The compiled-in default, so the binary works with no theme files anywhere.
  public static let standard: Theme =
    builtin(Theme.defaultName) ?? Theme(name: defaultName, styles: [:])

  /// The compiled-in attribute-only theme.
  public static let mono: Theme = builtin("mono") ?? Theme(name: "mono", styles: [:])

  /// A compiled-in theme by name (default, light, high-contrast, mono).
  public static func builtin(_ name: String) -> Theme? {
    guard let text = BuiltinThemes.sources[name] else { return nil }
    return try? Theme.parse(toml: text, file: "\(name).toml")
  }
}
