import ChronicleCore
import Foundation

/// Reads followed articles through the archive: an unchanged file's stored extraction is read
/// back, a new or changed one is extracted and stored (one transaction per article), so what
/// `--follow` saw arrive is not extracted again on the next start. When the archive fails (a
/// full disk), the files are extracted in memory and the archive's problem is handed back.
public struct ArchivedArticleReading: ArticleReading {
  public var archive: Archive
  public var dateOverride: CalendarDate?
  /// Where the articles' texts are read back when shown, if they are not held (see
  /// `ArchiveReader.texts`).
  public var texts: ArchivedTexts?

  public init(archive: Archive, dateOverride: CalendarDate? = nil, texts: ArchivedTexts? = nil) {
    self.archive = archive
    self.dateOverride = dateOverride
    self.texts = texts
  }

  public func read(
    _ paths: [String], emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) -> [InputProblem] {
    guard !paths.isEmpty else { return [] }
    // On a Dispatch worker, as `chronicle`'s archived load does: the follower's plain threads
    // must not both wait on GRDB's queues and run `concurrentPerform` (Dispatch's continuation
    // cache is freed twice when such a thread exits, on Linux).
    let finished = DispatchSemaphore(value: 0)
    let box = ReadResults()
    DispatchQueue.global().async {
      box.value = readHere(paths)
      finished.signal()
    }
    finished.wait()
    let (results, problems) = box.value ?? ([], [])
    for (position, result) in results.enumerated() { emit(position, result) }
    return problems
  }

  private func readHere(_ paths: [String]) -> (
    [Result<(Corpus, [InputProblem]), InputProblem>], [InputProblem]
  ) {
    var results: [Result<(Corpus, [InputProblem]), InputProblem>] = []
    do {
      let outcome = try ArchiveIndexer(archive: archive, dateOverride: dateOverride).run(paths: paths)
      var parts: [String: Corpus] = [:]
      let unreadable = try ArchiveReader(archive: archive, texts: texts).forEachPart(of: outcome.files) { part in
        if let path = part.documents.first?.path { parts[path] = part }
      }
      let problems = handOn(paths, parts: parts, problems: outcome.problems + unreadable) {
        results.append($1)
      }
      return (results, problems)
    } catch {
      let failure = (error as? ArchiveError) ?? ArchiveError(path: archive.path, problem: "\(error)")
      results = []
      _ = ExtractingArticleReading(loader: CorpusLoader(dateOverride: dateOverride))
        .read(paths) { results.append($1) }
      return (results, [failure.inputProblem(instead: "the articles were read without it")])
    }
  }

  /// Emits each path's part with its warnings, or its problem; returns the problems that
  /// name no path of `paths`.
  private func handOn(
    _ paths: [String], parts: [String: Corpus], problems: [InputProblem],
    emit: (Int, Result<(Corpus, [InputProblem]), InputProblem>) -> Void
  ) -> [InputProblem] {
    let byPath = Dictionary(grouping: problems, by: \.path)
    for (position, path) in paths.enumerated() {
      let own = byPath[path] ?? []
      if let part = parts[path] {
        emit(position, .success((part, own)))
      } else {
        emit(position, .failure(
          own.first { $0.severity == .skipped }
            ?? InputProblem(path: path, message: "cannot be read; skipped", severity: .skipped)))
      }
    }
    let named = Set(paths)
    return problems.filter { !named.contains($0.path) }
  }
}

/// The worker's answer, handed back after the semaphore (which orders the write and the read).
private final class ReadResults: @unchecked Sendable {
  var value: ([Result<(Corpus, [InputProblem]), InputProblem>], [InputProblem])?
}
