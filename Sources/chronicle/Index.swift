import ArgumentParser
import ChronicleArchive
import ChronicleCore
import Foundation

/// `chronicle index`: brings the archive up to date without a screen (for cron and batch
/// jobs), extracting only new, changed or out-of-date articles, and prints the counts.
struct Index: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Update the archive from article files and print what changed.",
    discussion: """
      Extracts only the articles that are new, changed (by content) or were extracted by \
      another version of Chronicle; forgets files that disappeared under the given folders. \
      Prints one line: new N, changed N, unchanged N, removed N, failed N.

      Examples:
        chronicle index news/
        chronicle index --archive /srv/news.sqlite news/
      """)

  @Option(name: .long, help: "Publication date (YYYY-MM-DD) to resolve relative times against.")
  var date: String?

  @Option(
    name: .long,
    help: "The archive file (default: $XDG_DATA_HOME/chronicle/archive.sqlite, else ~/.local/share/…).")
  var archive: String?

  @Argument(help: "Article files (.txt, .md) and directories.")
  var paths: [String]

  func validate() throws {
    if let date, CalendarDate(iso: date) == nil {
      throw ValidationError("--date '\(date)' is not a YYYY-MM-DD day")
    }
    if paths.isEmpty || paths.contains("-") {
      throw ValidationError("index needs article files or folders (not -)")
    }
  }

  func run() throws {
    let store = try ArchiveOptions.open(
      archive ?? Archive.defaultPath(environment: ProcessInfo.processInfo.environment))
    let outcome: ArchiveIndexer.Outcome
    do {
      outcome = try ArchiveIndexer(archive: store, dateOverride: date.flatMap(CalendarDate.init(iso:)))
        .run(paths: paths)
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      throw ExitCode(1)
    }
    Diagnostics.report(outcome.problems)
    print(outcome.counts)
    if outcome.problems.contains(where: { $0.severity == .skipped }) { throw ExitCode(1) }
  }
}
