import ChronicleCore
import Foundation

/// `/` across the articles of an archived corpus: the archive's full-text index finds the
/// paragraphs, which are then placed in the corpus the explorer shows (articles the archive
/// holds but the corpus does not, such as files that disappeared, are left out).
public final class ArchiveParagraphSearch: ParagraphSearching, @unchecked Sendable {
  public let archive: Archive
  /// Each document's corpus position by absolute path, for the paths last searched in:
  /// making 8,400 paths absolute takes longer than the search itself. Guarded by `lock`.
  private var positions: (paths: [String], byPath: [String: Int])?
  private let lock = NSLock()

  public init(archive: Archive) { self.archive = archive }

  public func paragraphs(matching query: String, in corpus: Corpus) throws -> [ParagraphLocation] {
    let found = try archive.paragraphs(matching: query, withText: false)
    guard !found.isEmpty else { return [] }
    let position = positions(of: corpus.documents.map(\.path))
    return found.compactMap { hit -> (Int, Int)? in
      guard let index = position[hit.path],
        hit.paragraph < corpus.documents[index].paragraphs.count
      else { return nil }
      return (index, hit.paragraph)
    }
    .sorted { $0 < $1 }
    .map { ParagraphLocation(document: corpus.documents[$0.0].id, paragraph: $0.1) }
  }

  public func prepare(for corpus: Corpus) {
    _ = positions(of: corpus.documents.map(\.path))
  }

  private func positions(of paths: [String]) -> [String: Int] {
    lock.lock()
    defer { lock.unlock() }
    if let positions, positions.paths == paths { return positions.byPath }
    let folder = FileManager.default.currentDirectoryPath
    var byPath: [String: Int] = [:]
    for (index, path) in paths.enumerated() { byPath[Self.absolute(path, in: folder)] = index }
    positions = (paths, byPath)
    return byPath
  }

  /// `ArchiveIndexer.absolute(path)`, quickly for a path with no `.`, `..` or empty part (the
  /// usual case), which standardizing leaves as it is.
  static func absolute(_ path: String, in folder: String) -> String {
    let joined = path.hasPrefix("/") ? path : folder + "/" + path
    return isClean(joined) ? joined : ArchiveIndexer.absolute(path)
  }

  /// Whether every part of an absolute path between slashes is a name (not empty, `.` or
  /// `..`), read byte by byte.
  private static func isClean(_ path: String) -> Bool {
    var length = 0
    var dots = 0
    var first = true
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/") {
        if !first && (length == 0 || dots == length && length <= 2) { return false }
        first = false
        length = 0
        dots = 0
      } else {
        length += 1
        if byte == UInt8(ascii: ".") { dots += 1 }
      }
    }
    return !first && length > 0 && !(dots == length && length <= 2)
  }
}
