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
