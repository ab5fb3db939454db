import ChronicleCore
import TOMLKit

/// `config.toml`: the user's defaults for options the command line can also give.
///
/// ```toml
/// theme = "light"          # a built-in theme, NAME.toml in themes/, or a path
/// date = "2025-05-09"      # like --date; "none" (the default) uses each article's own date
/// layout = "auto"          # auto | grid | tabs
/// mouse = true             # clicks and the wheel; false leaves the mouse to the terminal
/// ```
///
/// Every key is optional; an unknown key or a wrong value is an error naming its line.
public struct ConfigFile: Sendable, Equatable {
  public var theme: String?
  public var date: CalendarDate?
  public var layout: LayoutMode?
  public var mouse: Bool?

  public init(
    theme: String? = nil, date: CalendarDate? = nil, layout: LayoutMode? = nil, mouse: Bool? = nil
  ) {
    self.theme = theme
    self.date = date
    self.layout = layout
    self.mouse = mouse
  }

  public static func parse(toml text: String, file: String) throws(ConfigError) -> ConfigFile {
    let source = try TOMLSource(file: file, text: text)
    var config = ConfigFile()
    for key in source.table.keys {
      let value = source.table[key]
      func fail(_ expected: String) -> ConfigError {
        source.error("'\(key)' must be \(expected)", key: key, in: [])
      }
      switch key {
      case "theme":
        guard let name = value?.string, !name.isEmpty else { throw fail("a theme name or path") }
        config.theme = name
      case "date":
        guard let text = value?.string else { throw fail("\"YYYY-MM-DD\" or \"none\"") }
        if text == "none" { continue }
        guard let day = CalendarDate(iso: text) else { throw fail("\"YYYY-MM-DD\" or \"none\"") }
        config.date = day
      case "layout":
        guard let mode = value?.string.flatMap(LayoutMode.init(rawValue:)) else {
          throw fail("\"auto\", \"grid\" or \"tabs\"")
        }
        config.layout = mode
      case "mouse":
        guard let flag = value?.bool else { throw fail("true or false") }
        config.mouse = flag
      default:
        throw source.error(
          "unknown key '\(key)' (keys: theme, date, layout, mouse)", key: key, in: [])
      }
    }
    return config
  }
}
