import ArgumentParser
import ChronicleCore

/// The `chronicle` command: browse by default, `extract` and `merge` for scripts.
@main
struct Chronicle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chronicle",
    abstract: "Explore news articles as a timeline of actors, quotes and dated events.",
    version: "0.1.0",
    subcommands: [Browse.self, Extract.self, Merge.self],
    defaultSubcommand: Browse.self
  )
}
