import ArgumentParser
import ChronicleArchive
import ChronicleCore
import Foundation

/// `chronicle extract`: the headless export for scripts and batch pipelines.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract actors, countries, quotes, times and events as chronicle/1.",
    discussion: """
      Reads article files (.txt, .md), directories (searched recursively) or - for \
      standard input, and prints one chronicle/1 JSON object. With --format jsonl it \
      prints one object per document as soon as it is done (a mapper for Spark, Hadoop \
      streaming or GNU parallel); `chronicle merge` joins those lines again.

      Examples:
        chronicle extract                    # the built-in sample
        chronicle extract --date 2025-05-09 news/ -o timeline.json
        chronicle extract --format jsonl archive/ > parts.jsonl
        chronicle extract --input jsonl --format jsonl - < articles.jsonl
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: \(ExportFormat.allValueStrings.joined(separator: ", ")).")
  var format: ExportFormat = .json

  @Option(
    name: .customLong("input"),
    help: "Input format: text (article files) or jsonl ({\"path\",\"text\",\"published\"} lines).")
  var inputFormat: InputFormat = .text

  @Option(name: [.customShort("o"), .long], help: "Write to FILE instead of standard output.")
  var output: String?

  @Option(name: .long, help: "Lay the edits of this JSON-lines file (chronicle edits export) over the result.")
  var edits: String?

  @Option(
    name: .long,
    help: "Read through this archive: extract only what it does not hold; its edits apply.")
  var archive: String?

  func validate() throws {
    if archive != nil && (inputFormat != .text || input.paths.isEmpty || input.paths.contains("-")) {
      throw ValidationError("--archive reads article files and folders (not - or --input jsonl)")
    }
  }

  func run() throws {
    let opened = try archive.map(ArchiveOptions.open)
    // The archive's edits are laid over first, then those of --edits.
    let overlay = try EditsFailure.reporting {
      let archived = try opened.map {
        try EditsOption.archived($0, carryingOver: EditsOption.defaultPath).activeEdits()
      }
      return (archived ?? []).map(\.edit) + (try edits.map(JSONLEditFile.edits(in:)) ?? [])
    }
    // Through an archive the indexer finds the files and tells their problems itself.
    let (inputs, files, problems) = archive == nil ? gatherInputs() : ([], input.paths, [])
    try OutputSink.refuseOverwriting(inputs: files, with: output)
    Diagnostics.report(problems)
    var skipped = problems.contains { $0.severity == .skipped }
    let sink = try OutputSink(path: output)
    if format == .jsonl {
      skipped = extractEach(inputs, through: opened) { part in
        sink.write(CorpusJSON.encodeLine(Curation.apply(overlay, to: part).corpus))
      } || skipped
      try sink.close()
    } else {
      let export = try MergedExport(format: format, sink: sink, edits: overlay)
      skipped = extractEach(inputs, through: opened, into: export.add) || skipped
      try export.finish()
      // Nothing is left to do: exiting with the merged tables still alive saves freeing them
      // record by record, a serial tail of several percent of the whole extraction.
      Self.exit(withError: skipped ? ExitCode(1) : nil)
    }
    if skipped { throw ExitCode(1) }
  }

  /// Extracts every input on all cores and hands each document's corpus to `add`, in input
  /// order; reports problems on the way. Returns whether an input was skipped.
  private func extractEach(
    _ inputs: [ParallelExtractor.Input], through opened: Archive?, into add: (Corpus) -> Void
  ) -> Bool {
    if let opened { return readThrough(opened, into: add) }
    var skipped = false
    ParallelExtractor(reader: DocumentReader(dateOverride: input.dateOverride)).run(inputs) {
      _, result in
      switch result {
      case .success(let (corpus, warnings)):
        Diagnostics.report(warnings)
        add(corpus)
      case .failure(let problem):
        Diagnostics.report([problem])
        skipped = true
      }
    }
    return skipped
  }

  /// The archive's way: index the paths, then hand on each stored extraction in file order.
  private func readThrough(_ store: Archive, into add: (Corpus) -> Void) -> Bool {
    do {
      let outcome = try ArchiveIndexer(archive: store, dateOverride: input.dateOverride)
        .run(paths: input.paths)
      Diagnostics.report(outcome.problems)
      let more = try ArchiveReader(archive: store).forEachPart(of: outcome.files, add)
      Diagnostics.report(more)
      return (outcome.problems + more).contains { $0.severity == .skipped }
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      Self.exit(withError: ExitCode(1))
    }
  }

  /// One input per article (files to read lazily, or the lines of JSON-lines inputs), and the
  /// files they come from.
  private func gatherInputs() -> ([ParallelExtractor.Input], [String], [InputProblem]) {
    let loader = CorpusLoader(dateOverride: input.dateOverride)
    if input.paths.isEmpty && inputFormat == .text {
      let sample = SourceText(path: BuiltinSample.path, text: BuiltinSample.text)
      return ([{ .success((sample, [])) }], [], [])
    }
    let paths = input.paths.isEmpty ? ["-"] : input.paths
    switch inputFormat {
    case .text:
      let expanded = loader.sourceLoader.expand(paths)
      return (expanded.files.map(loader.input(reading:)), expanded.files, expanded.problems)
    case .jsonl:
      var inputs: [ParallelExtractor.Input] = []
      var problems: [InputProblem] = []
      for path in paths {
        let data = path == "-"
          ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else {
          problems.append(InputProblem(path: path, message: "cannot read the file; skipped", severity: .skipped))
          continue
        }
        for article in JSONLinesInput.articles(in: data, path: path) {
          switch article {
          case .success(let source): inputs.append { .success((source, [])) }
          case .failure(let problem): problems.append(problem)
          }
        }
      }
      return (inputs, paths, problems)
    }
  }
}

enum InputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, jsonl
}
