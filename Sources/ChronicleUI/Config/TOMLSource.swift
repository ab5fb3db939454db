import Foundation
import TOMLKit

/// A parsed TOML file that still knows its text, so errors about a key can name its line
/// (TOMLKit reports lines for syntax errors only).
struct TOMLSource {
  let file: String
  let text: String
  let table: TOMLTable

  init(file: String, text: String) throws(ConfigError) {
    self.file = file
    self.text = text
    if let line = TOMLHeaderGuard.lineOfHeaderWithoutKey(in: text) {
      throw ConfigError(file: file, line: line, message: "a table header needs a key after '['")
    }
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConfigError(file: file, line: error.source.begin.line, message: error.description)
    } catch {
      throw ConfigError(file: file, line: nil, message: "\(error)")
    }
  }

  /// A sub-table by dotted path (`roles.title`), if present.
  func table(_ path: [String]) -> TOMLTable? {
    var current: TOMLTable? = table
    for part in path { current = current?[part]?.table }
    return current
  }

  /// The 1-based line where `key` is defined inside table `path` (`[keys]`, `[roles.title]`).
  func line(ofKey key: String, in path: [String]) -> Int? {
    let header = "[" + path.joined(separator: ".") + "]"
    var inside = path.isEmpty
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("[") {
        inside = line.replacingOccurrences(of: " ", with: "") == header
        continue
      }
      guard inside, let equals = line.firstIndex(of: "=") else { continue }
      let name = line[..<equals].trimmingCharacters(in: .whitespaces)
      if name == key || name == "\"\(key)\"" || name == "'\(key)'" { return number + 1 }
    }
    return nil
  }

  /// The 1-based line of a table header such as `[roles.title]`.
  func line(ofTable path: [String]) -> Int? {
    let header = "[" + path.joined(separator: ".") + "]"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.firstIndex { $0.replacingOccurrences(of: " ", with: "") == header }.map { $0 + 1 }
  }

  func error(_ message: String, key: String, in path: [String]) -> ConfigError {
    ConfigError(file: file, line: line(ofKey: key, in: path), message: message)
  }
}
