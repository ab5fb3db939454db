import ArgumentParser
import ChronicleCore

/// `chronicle merge`: the reducer — joins per-document chronicle/1 results into one corpus.
struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Join chronicle/1 exports (JSON or JSON lines) into one corpus, actors merged.",
    discussion: """
      Examples:
        chronicle extract --format jsonl a/ > a.jsonl; chronicle extract --format jsonl b/ > b.jsonl
        chronicle merge a.jsonl b.jsonl -o corpus.json
        cat part-*.jsonl | chronicle merge - > corpus.json
      """)

  @Argument(help: "chronicle/1 files (.json or .jsonl), or - for standard input.")
  var files: [String] = ["-"]

  @Option(name: .long, help: "Output format: \(ExportFormat.allValueStrings.joined(separator: ", ")).")
  var format: ExportFormat = .json

  @Option(name: [.customShort("o"), .long], help: "Write to FILE instead of standard output.")
  var output: String?

  @Option(name: .long, help: "Lay the edits of this JSON-lines file (chronicle edits export) over the result.")
  var edits: String?

  func run() throws {
    try OutputSink.refuseOverwriting(inputs: files, with: output)
    let overlay = try EditsFailure.reporting { try edits.map(JSONLEditFile.edits(in:)) ?? [] }
    let export = try MergedExport(format: format, sink: OutputSink(path: output), edits: overlay)
    var failed = false
    for file in files {
      let problems = SavedCorpus.forEachPart(in: file, export.add)
      Diagnostics.report(problems)
      failed = failed || !problems.isEmpty
    }
    try export.finish()
    if failed { throw ExitCode(1) }
  }
}
