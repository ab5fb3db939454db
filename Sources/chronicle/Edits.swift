import ArgumentParser
import ChronicleArchive
import ChronicleCore
import Foundation

/// `chronicle edits`: share the reader's edits as JSON lines, one edit object a line. They are
/// read from and written to the archive (`--archive FILE`, else the default one), or with
/// `--no-archive` to the JSON-lines file of `--edits`.
struct Edits: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edits",
    abstract: "Export or import the edits made in the explorer (JSON lines).",
    discussion: """
      The edits are those of the archive (--archive FILE, else the default one), or with \
      --no-archive those of the --edits file.

      Examples:
        chronicle edits export -o team-edits.jsonl
        chronicle edits import --archive fresh.sqlite team-edits.jsonl  # idempotent
        chronicle merge --edits team-edits.jsonl parts.jsonl -o corpus.json
      """,
    subcommands: [ExportEdits.self, ImportEdits.self])
}

/// `chronicle edits export`: the edits in force, oldest first.
struct ExportEdits: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the edits in force as JSON lines.")

  @OptionGroup var archiveOptions: ArchiveOptions
  @OptionGroup var edits: EditsOption

  @Option(name: [.customShort("o"), .long], help: "Write to FILE instead of standard output.")
  var output: String?

  func run() throws {
    let store = edits.store(archive: try archiveOptions.path().map(ArchiveOptions.open))
    let active = try EditsFailure.reporting { try store.activeEdits() }
    let sink = try OutputSink(path: output)
    for stored in active { sink.write(Array(EditLines.line(stored.edit).utf8)) }
    try sink.close()
  }
}

/// `chronicle edits import FILE`: adds the edits of FILE not already in force. A bad line
/// stops the import before anything is added.
struct ImportEdits: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Add the edits of a JSON-lines file (idempotent).")

  @OptionGroup var archiveOptions: ArchiveOptions
  @OptionGroup var edits: EditsOption

  @Argument(help: "A file written by `chronicle edits export`, or - for standard input.")
  var file: String

  func run() throws {
    let target = archiveOptions.path()
    let data =
      file == "-"
      ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
    let added = try EditsFailure.reporting {
      guard let data else { throw EditStoreError("\(file): cannot read the file") }
      let incoming = try EditLines.edits(in: data, from: file)
      let store = edits.store(archive: try target.map(ArchiveOptions.open))
      return (try store.importEdits(incoming), incoming.count)
    }
    FileDescriptor.standardError.write(
      "chronicle: imported \(added.0) new edit(s) of \(added.1) into "
        + "\(Diagnostics.escaped(target ?? edits.resolvedPath))\n")
  }
}

/// Edits problems told on standard error (exit 1), naming the file.
enum EditsFailure {
  /// Runs `work`; a store error becomes a message and exit status 1.
  static func reporting<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch let error as EditStoreError {
      FileDescriptor.standardError.write(
        "chronicle: error: \(Diagnostics.escaped(error.description))\n")
      throw ExitCode(1)
    }
  }
}

/// The edits of a file written by `chronicle edits export`.
enum JSONLEditFile {
  static func edits(in path: String) throws -> [Edit] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EditStoreError("\(path): cannot read the edits file")
    }
    return try EditLines.edits(in: data, from: path)
  }
}
