import ChronicleCore
import Foundation

/// Parses what follows `:` on the command line into a `Command`.
enum CommandLineParser {
  /// The `:` commands and what they do, for the `?` help.
  static let help: [(String, String)] = [
    (":actor NAME", "Filter by actor (name or alias, any case); lists them when several fit"),
    (":country NAME", "Filter by country: name, code or demonym (Pakistan, PAK, U.S., Russian)"),
    (":clear", "Clear all filters"),
    (":theme NAME", "Switch theme (default, light, high-contrast, mono, or a file)"),
    (":export FILE", "Export the filtered view: .json .jsonl .csv .md .timeline.json"),
    (":export FILE FORMAT", "...as json, jsonl, csv, markdown or timelinejs, any name"),
    (":sort date|document", "Order Timeline and Quotes by date, or by document and paragraph"),
    (":undated hide|show", "Leave out, or list at the end, the events without a date"),
    (":goto DATE", "Timeline: first event on or after YYYY, YYYY-MM or YYYY-MM-DD"),
    (":layout auto|grid|tabs", "Four panes when wide (auto), always four, or always tabs"),
    (":q", "Quit"),
  ] + CurationRequest.help

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
    case ("export", false): return export(argument)
    case ("sort", false):
      return TimelineOrder(rawValue: argument).map(Command.sortTimeline)
        ?? .invalid(":sort takes date or document")
    case ("undated", false):
      switch argument {
      case "hide": return .showUndated(false)
      case "show": return .showUndated(true)
      default: return .invalid(":undated takes hide or show")
      }
    case ("goto", false):
      return gotoDate(argument).map { .goto($0, label: argument) }
        ?? .invalid(":goto takes YYYY, YYYY-MM or YYYY-MM-DD")
    case ("layout", false):
      return LayoutMode(rawValue: argument).map(Command.setLayout)
        ?? .invalid(":layout takes auto, grid or tabs")
    case ("actor", true), ("country", true), ("theme", true), ("export", true), ("sort", true),
      ("goto", true), ("layout", true), ("undated", true):
      return .invalid(":\(name) needs an argument")
    default:
      return CurationRequest.parse(name: String(name), argument: argument)
        ?? .invalid("unknown command :\(trimmed)")
    }
  }

  /// `FILE` or `FILE FORMAT`: a last word naming a format is the format, so file names with
  /// spaces still work.
  private static func export(_ argument: String) -> Command {
    if let space = argument.lastIndex(where: \.isWhitespace),
      let format = ExportFormat(rawValue: String(argument[argument.index(after: space)...]))
    {
      let path = argument[..<space].trimmingCharacters(in: .whitespaces)
      return .export(path: path, format: format)
    }
    return .export(path: argument, format: nil)
  }

  /// The first day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
  static func gotoDate(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = parts.map(\.count)
    guard [[4], [4, 2], [4, 2, 2]].contains(widths),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    return parts.count == 3 ? CalendarDate(iso: text) : TimeValue.firstDay(of: text)
  }
}
