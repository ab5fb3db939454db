import ArgumentParser
import ChronicleCore

/// `chronicle [PATH...]`: the interactive explorer (the built-in sample with no path).
struct Browse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Browse articles in the terminal (the default command).")

  @OptionGroup var input: InputOptions

  func run() throws {
    let loader = CorpusLoader(dateOverride: input.dateOverride)
    let (_, problems) = loader.load(paths: input.paths)
    Diagnostics.report(problems)
  }
}
