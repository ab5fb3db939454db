import ArgumentParser
import ChronicleCore

#if canImport(Glibc)
  import Glibc
#endif

/// `chronicle extract`: the headless export for scripts and batch pipelines.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract actors, countries, quotes, times and events as chronicle/1 JSON.")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: json.")
  var format: ExportFormat = .json

  @Option(name: [.customShort("o"), .long], help: "Write to FILE instead of standard output.")
  var output: String?

  func run() throws {
    let loader = CorpusLoader(dateOverride: input.dateOverride)
    let (corpus, problems) = loader.load(paths: input.paths)
    Diagnostics.report(problems)
    let text = CorpusJSON.encode(corpus) + "\n"
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      FileDescriptor.standardOutput.write(text)
    }
    if problems.contains(where: { $0.severity == .skipped }) { throw ExitCode(1) }
  }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case json
}
