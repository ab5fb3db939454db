import ArgumentParser
import ChronicleArchive
import ChronicleCore
import Foundation

/// `--edits FILE`: the JSON-lines file of edits used with `--no-archive`. With an archive (the
/// default) edits live in the archive, and the edits in force in this file are carried into
/// it once (so edits made before the archive held them, or made with `--no-archive`, are not
/// lost). The default file serves all corpora, since edits name their targets by content and
/// path: `$XDG_DATA_HOME/chronicle/edits.jsonl`, else `~/.local/share/chronicle/edits.jsonl`.
struct EditsOption: ParsableArguments {
  @Option(
    name: .customLong("edits"),
    help: """
      The edits file used with --no-archive, carried into the archive otherwise (JSON lines; \
      default $XDG_DATA_HOME/chronicle/edits.jsonl).
      """)
  var path: String?

  var resolvedPath: String { path ?? Self.defaultPath }

  static var defaultPath: String {
    let environment = ProcessInfo.processInfo.environment
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? ".") + "/.local/share"
    return data + "/chronicle/edits.jsonl"
  }

  /// The store: the archive's edits when there is one, else the file, its folder created so
  /// the first edit can be saved.
  func store(archive: Archive?) -> EditStore {
    if let archive { return Self.archived(archive, carryingOver: resolvedPath) }
    let folder = (resolvedPath as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    return JSONLEditStore(path: resolvedPath)
  }

  /// The archive's edits, with those of the JSON-lines `file` carried over first. A file that
  /// cannot be read is a warning (the archive's edits still work), never a reason to stop.
  static func archived(_ archive: Archive, carryingOver file: String) -> ArchiveEditStore {
    let store = ArchiveEditStore(archive: archive)
    do {
      _ = try store.carryOver(from: JSONLEditStore(path: file))
    } catch {
      FileDescriptor.standardError.write(
        "chronicle: warning: \(Diagnostics.escaped("\(error)")); "
          + "its edits were not carried into the archive\n")
    }
    return store
  }
}
