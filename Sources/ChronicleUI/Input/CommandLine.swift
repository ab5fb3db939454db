import Foundation

/// Parses what follows `:` on the command line into a `Command`.
enum CommandLineParser {
  static func parse(_ line: String) -> Command? {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    let name = trimmed.prefix { !$0.isWhitespace }
    let argument = String(trimmed.dropFirst(name.count)).trimmingCharacters(
      in: .whitespacesAndNewlines)
    switch (name, argument.isEmpty) {
    case ("q", true), ("quit", true): return .action(.quit)
    case ("clear", true): return .action(.clearFilters)
    case ("help", true): return .action(.help)
    case ("undo", true): return .action(.undoFilter)
    case ("actor", false): return .filterActor(argument)
    case ("country", false): return .filterCountry(argument)
    case ("theme", false): return .setTheme(argument)
    case ("export", false): return .export(argument)
    case ("actor", true), ("country", true), ("theme", true), ("export", true):
      return .invalid(":\(name) needs an argument")
    default: return .invalid("unknown command :\(trimmed)")
    }
  }
}
