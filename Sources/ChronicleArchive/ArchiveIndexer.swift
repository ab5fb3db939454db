import ChronicleCore
import Foundation

/// Brings the archive up to date with the article files under some paths: extracts only what
/// is new, changed (content hash), or was extracted by another extractor version, with another
/// `--date` or stored in an older encoding; each is stored in its own transaction. Forgets
/// files that disappeared.
public struct ArchiveIndexer: Sendable {
  /// What one run did, for `chronicle index` and the tests.
  public struct Counts: Sendable, Equatable, CustomStringConvertible {
    public var new = 0, changed = 0, unchanged = 0, removed = 0, failed = 0
    public init() {}
    public var description: String {
      "new \(new), changed \(changed), unchanged \(unchanged), removed \(removed), failed \(failed)"
    }
  }

  /// The outcome: the counts, the article files in order (as given, and as stored), and the
  /// problems met on the way.
  public struct Outcome: Sendable {
    public var counts: Counts
    public var files: [(given: String, stored: String)]
    public var problems: [InputProblem]
  }

  public var archive: Archive
  public var reader: DocumentReader

  public init(archive: Archive, dateOverride: CalendarDate? = nil) {
    self.archive = archive
    self.reader = DocumentReader(dateOverride: dateOverride)
  }

  private var settings: String { reader.dateOverride.map { "date=\($0)" } ?? "" }

  /// Whether a stored extraction was made by this extractor, with these settings, and is
  /// stored in the current encoding.
  private func isCurrent(_ stored: ArticleIdentity) -> Bool {
    stored.extractor == ExtractorVersion.current && stored.settings == settings
      && stored.encoding == ExtractionCodec.version
  }

  /// Indexes the article files under `paths` (files and directories; not `-`).
  /// `progress` hears `(done, total)` as each file is settled.
  public func run(
    paths: [String], progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) throws -> Outcome {
    let expanded = SourceLoader().expand(paths)
    let files = expanded.files.map { (given: $0, stored: Self.absolute($0)) }
    let known = try archive.identities()
    var counts = Counts()
    var problems = expanded.problems
    var settled: [Bool] = []
    var pending: [Int] = []
    for (position, file) in files.enumerated() {
      let onDisk = Self.fileStat(file.given)
      let current = known[file.stored].map(isCurrent) ?? false
      if let onDisk, current, let stored = known[file.stored], stored.size == onDisk.size, stored.mtime == onDisk.mtime {
        counts.unchanged += 1
        settled.append(true)
      } else {
        settled.append(false)
        pending.append(position)
      }
    }
    let waiting = pending
    var done = counts.unchanged
    progress(done, files.count)
    var failure: ArchiveError?
    OrderedParallel.run(count: pending.count, window: 64, job: { index in
      self.settle(files[waiting[index]], known: known[files[waiting[index]].stored])
    }, emit: { index, result in
      done += 1
      defer { progress(done, files.count) }
      guard failure == nil else { return }
      do {
        switch result {
        case .failure(let problem):
          counts.failed += 1
          problems.append(problem)
        case .success(let step):
          problems += step.warnings
          let path = files[pending[index]].stored
          switch step.kind {
          case .unchanged:
            counts.unchanged += 1
            try archive.touch(path: path, identity: step.identity)
          case .extracted(let part):
            if known[path] == nil { counts.new += 1 } else { counts.changed += 1 }
            try archive.store(path: path, identity: step.identity, extraction: part)
          }
        }
      } catch let error as ArchiveError {
        failure = error
      } catch {
        failure = ArchiveError(path: archive.path, problem: "\(error)")
      }
    })
    if let failure { throw failure }
    let present = Set(files.map(\.stored))
    let roots = paths.map(Self.absolute)
    let gone = known.keys.filter { path in
      !present.contains(path) && roots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }
    try archive.remove(paths: gone)
    counts.removed = gone.count
    return Outcome(counts: counts, files: files, problems: problems)
  }

  /// What reading one new or touched file found.
  private struct Step: Sendable {
    enum Kind: Sendable {
      case unchanged
      case extracted(Corpus)
    }
    var identity: ArticleIdentity
    var kind: Kind
    var warnings: [InputProblem]
  }

  /// Reads a file, hashes it, and extracts it unless the stored extraction still holds.
  private func settle(
    _ file: (given: String, stored: String), known: ArticleIdentity?
  ) -> Result<Step, InputProblem> {
    SourceLoader().read(file.given).map { source, warnings in
      let onDisk = Self.fileStat(file.given) ?? (size: 0, mtime: 0)
      let identity = ArticleIdentity(
        size: onDisk.size, mtime: onDisk.mtime, hash: ContentHash.of(source.text.utf8),
        extractor: ExtractorVersion.current, settings: settings, encoding: ExtractionCodec.version)
      if let known, known.hash == identity.hash, isCurrent(known) {
        return Step(identity: identity, kind: .unchanged, warnings: warnings)
      }
      let (document, more) = reader.read(source, id: "d1")
      return Step(
        identity: identity, kind: .extracted(DocumentExtractor().extract(document)),
        warnings: warnings + more)
    }
  }

  private static func fileStat(_ path: String) -> (size: Int64, mtime: Int64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
  }

  /// The path made absolute and tidied, so one file is one row whatever the working folder.
  static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
