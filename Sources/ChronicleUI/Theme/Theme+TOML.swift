import Foundation
import TOMLKit

extension Theme {
  /// Reads a theme file: a `name` and one `[roles.ROLE]` table per role.
  ///
  /// ```toml
  /// name = "default"
  /// [roles.selection]
  /// fg = "black"
  /// bg = "cyan"
  /// bold = true
  /// ```
  public static func parse(toml text: String, file: String) throws(ConfigError) -> Theme {
    let source = try TOMLSource(file: file, text: text)
    let name = source.table["name"]?.string ?? (file as NSString).lastPathComponent
    var styles: [Role: Style] = [:]
    guard let roles = source.table(["roles"]) else {
      throw ConfigError(file: file, line: nil, message: "missing [roles] tables")
    }
    for roleName in roles.keys {
      guard let role = Role(rawValue: roleName) else {
        let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
        throw ConfigError(
          file: file, line: source.line(ofTable: ["roles", roleName]),
          message: "unknown role '\(roleName)' (roles: \(known))")
      }
      guard let table = roles[roleName]?.table else {
        throw source.error("[roles.\(roleName)] must be a table", key: roleName, in: ["roles"])
      }
      styles[role] = try style(table, path: ["roles", roleName], source: source)
    }
    return Theme(name: name, styles: styles)
  }

  private static func style(_ table: TOMLTable, path: [String], source: TOMLSource)
    throws(ConfigError) -> Style
  {
    var style = Style()
    for key in table.keys {
      switch key {
      case "fg", "bg":
        guard let text = table[key]?.string, let color = Color(name: text) else {
          throw source.error("'\(key)' must be a colour name or 0–255", key: key, in: path)
        }
        if key == "fg" { style.foreground = color } else { style.background = color }
      case "bold", "underline", "reverse", "dim":
        guard let flag = table[key]?.bool else {
          throw source.error("'\(key)' must be true or false", key: key, in: path)
        }
        switch key {
        case "bold": style.bold = flag
        case "underline": style.underline = flag
        case "reverse": style.reverse = flag
        default: style.dim = flag
        }
      default:
        throw source.error("unknown style key '\(key)'", key: key, in: path)
      }
    }
    return style
  }

  /// Loads a theme by name (a compiled-in one, or `NAME.toml` in `directories`) or by path.
  public static func load(_ nameOrPath: String, directories: [String] = []) throws(ConfigError)
    -> Theme
  {
    let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    if !isPath {
      for directory in directories {
        let candidate = (directory as NSString).appendingPathComponent(nameOrPath + ".toml")
        if FileManager.default.fileExists(atPath: candidate) { return try load(file: candidate) }
      }
      if let theme = builtin(nameOrPath) { return theme }
      let names = BuiltinThemes.sources.keys.sorted().joined(separator: ", ")
      throw ConfigError(file: nameOrPath, line: nil, message: "no such theme (built in: \(names))")
    }
    return try load(file: nameOrPath)
  }

  private static func load(file: String) throws(ConfigError) -> Theme {
    guard let data = FileManager.default.contents(atPath: file),
      let text = String(data: data, encoding: .utf8)
    else { throw ConfigError(file: file, line: nil, message: "cannot read the theme file") }
    return try parse(toml: text, file: file)
  }
}
