import ArgumentParser
import ChronicleCore
import Foundation

/// `--edits FILE`: the JSON-lines file the reader's edits live in until the archive holds
/// them. The default is one file for all corpora, since edits name their targets by content
/// and path: `$XDG_DATA_HOME/chronicle/edits.jsonl`, else `~/.local/share/chronicle/edits.jsonl`.
struct EditsOption: ParsableArguments {
  @Option(
    name: .customLong("edits"),
    help: "The edits file (JSON lines; default $XDG_DATA_HOME/chronicle/edits.jsonl).")
  var path: String?

  var resolvedPath: String {
    if let path { return path }
    let environment = ProcessInfo.processInfo.environment
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? ".") + "/.local/share"
    return data + "/chronicle/edits.jsonl"
  }

  /// The store, its folder created so the first edit can be saved.
  func store() -> JSONLEditStore {
    let path = resolvedPath
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    return JSONLEditStore(path: path)
  }
}
