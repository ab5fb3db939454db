import ArgumentParser
import ChronicleArchive
import ChronicleCore
import ChronicleUI
import Foundation

/// `--archive FILE` and `--no-archive`: which archive remembers extractions between runs.
struct ArchiveOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The archive file (default: $XDG_DATA_HOME/chronicle/archive.sqlite, else ~/.local/share/…).")
  var archive: String?

  @Flag(name: .customLong("no-archive"), help: "Extract in memory; read and write no archive.")
  var noArchive = false

  func validate() throws {
    if noArchive && archive != nil {
      throw ValidationError("--archive and --no-archive cannot be given together")
    }
  }

  /// The archive file to use, or nil with `--no-archive` (or when `useDefault` is false and
  /// no `--archive` was given).
  func path(useDefault: Bool = true) -> String? {
    if noArchive { return nil }
    if let archive { return archive }
    return useDefault ? Archive.defaultPath(environment: ProcessInfo.processInfo.environment) : nil
  }

  /// Opens the archive, or reports why not (naming the file) and exits 1.
  static func open(_ path: String) throws -> Archive {
    do {
      return try Archive(path: path)
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      throw ExitCode(1)
    }
  }
}

/// The read path through an archive: article files via the archive (extracting only what it
/// does not hold), saved exports and standard input as before, merged into one corpus.
struct ArchivedLoad: Sendable {
  var archive: Archive
  var dateOverride: CalendarDate?
  /// Where the archived articles' texts are read back when shown, instead of held.
  var texts: ArchivedTexts?

  /// After this many articles of a corpus at least twice as big, their corpus is handed over
  /// as a preview: the first screen shows articles while the rest is read and joined.
  static let previewSize = 256

  /// Loads on a Dispatch worker and waits for it. On Linux, a plain thread that has both
  /// waited on GRDB's queues and run `concurrentPerform` corrupts Dispatch's continuation cache
  /// when it exits (AddressSanitizer: double free in `_dispatch_cache_cleanup`); a Dispatch
  /// worker does not.
  func load(
    paths: [String], progress: @escaping @Sendable (Int, Int) -> Void,
    preview: @escaping @Sendable (Corpus) -> Void = { _ in }
  ) -> (Corpus, [InputProblem]) {
    let finished = DispatchSemaphore(value: 0)
    let result = LoadResult()
    DispatchQueue.global().async {
      result.value = loadHere(paths: paths, progress: progress, preview: preview)
      finished.signal()
    }
    finished.wait()
    return result.value ?? (.empty, [])
  }

  private func loadHere(
    paths: [String], progress: (Int, Int) -> Void, preview: (Corpus) -> Void
  ) -> (Corpus, [InputProblem]) {
    let direct = paths.filter { $0 == "-" || SavedCorpus.isSavedCorpusPath($0) }
    let articles = paths.filter { !direct.contains($0) }
    var merger = CorpusMerger()
    var problems: [InputProblem] = []
    var start = TimingTrace.now()
    func phase(_ name: String) {
      TimingTrace().record(name, since: start)
      start = TimingTrace.now()
    }
    do {
      let outcome = try ArchiveIndexer(archive: archive, dateOverride: dateOverride)
        .run(paths: articles, progress: progress)
      phase("load-index")
      problems += outcome.problems
      let previewed = outcome.files.count >= 2 * Self.previewSize ? Self.previewSize : nil
      var read = 0
      problems += try ArchiveReader(archive: archive, texts: texts).forEachPart(
        of: outcome.files
      ) { part in
        merger.add(part)
        read += 1
        if read == previewed {
          var sample = merger
          preview(sample.corpus())
          phase("load-preview")
        }
      }
      phase("load-read")
      FreedMemory.release()
    } catch let error as ArchiveError {
      // A full disk or a file that went bad meanwhile: the articles are read as with
      // --no-archive, so the reader still sees them, and the archive is named on exit.
      merger = CorpusMerger()
      problems = [error.inputProblem(instead: "this time the articles were read without it")]
      if !articles.isEmpty {
        let (corpus, more) = CorpusLoader(dateOverride: dateOverride).load(paths: articles, progress: progress)
        merger.add(corpus)
        problems += more
      }
    } catch {
      problems.append(InputProblem(path: archive.path, message: "\(error)", severity: .skipped))
    }
    if !direct.isEmpty {
      let (other, more) = CorpusLoader(dateOverride: dateOverride).load(paths: direct)
      merger.add(other)
      problems += more
    }
    let corpus = merger.corpus()
    phase("load-merge")
    FreedMemory.release()
    return (corpus, problems)
  }
}

/// The worker's answer, handed back after the semaphore (which orders the write and the read).
private final class LoadResult: @unchecked Sendable {
  var value: (Corpus, [InputProblem])?
}
