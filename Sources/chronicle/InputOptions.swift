import ArgumentParser
import ChronicleCore

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "Publication date (YYYY-MM-DD) to resolve relative times against.")
  var date: String?

  @Argument(help: "Article files (.txt, .md), directories, or - for standard input.")
  var paths: [String] = []

  func validate() throws {
    if let date, CalendarDate(iso: date) == nil {
      throw ValidationError("--date '\(date)' is not a YYYY-MM-DD day")
    }
  }

  var dateOverride: CalendarDate? { date.flatMap(CalendarDate.init(iso:)) }
}
