import ArgumentParser
import ChronicleCore

/// The `chronicle` command: browse by default, `extract` and `merge` for scripts.
@main
struct Chronicle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chronicle",
    abstract: "Explore news articles as a timeline of actors, quotes and dated events.",
    discussion: """
      With no subcommand, chronicle opens the terminal explorer (Timeline, Actors, Quotes \
      and Source panes); with no path, on its built-in sample article. Press ? for the keys.

      Examples:
        chronicle                            # the built-in sample
        chronicle --date 2025-05-09 a.txt    # resolve "Thursday" against a date
        chronicle news/                      # every .txt/.md file below news/ (archived)
        chronicle --no-archive news/         # extract in memory, remember nothing
        chronicle index news/                # update the archive headless (cron)
        chronicle search "foreign minister"  # paragraphs of the archive that say it
        chronicle corpus.json                # a saved export, not extracted again
        chronicle extract news/ -o corpus.json
        chronicle extract --format csv news/ > events.csv
        chronicle merge part-*.jsonl -o corpus.json
        chronicle --generate-completion-script zsh > _chronicle
      """,
    version: "0.1.0",
    // Each subcommand gives its `commandName`: ArgumentParser compares every argument (each
    // article path of `extract`) with every subcommand's name, and deriving the names from
    // the type names again each time cost more than extracting a short article.
    subcommands: [Browse.self, Extract.self, Merge.self, Index.self, Search.self, Edits.self],
    defaultSubcommand: Browse.self
  )

  /// Parses and runs the command. Usage errors exit 2, as the design note promises scripts
  /// (ArgumentParser's own code for them is 64); everything else keeps its status.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileDescriptor.standardError.write(fullMessage(for: error) + "\n")
      exit(withError: ExitCode(2))
    }
  }
}
