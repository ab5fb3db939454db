import ChronicleCore
import Foundation

/// Reads indexed articles back out of the archive as one-document corpora, in file order,
/// decoding on all cores; each keeps the path the reader gave this time.
public struct ArchiveReader: Sendable {
  public var archive: Archive
  /// When set, the parts' paragraph, quote and sentence texts are read back from the archive
  /// when shown instead of held (for the explorer); exports hold them.
  public var texts: ArchivedTexts?

  public init(archive: Archive, texts: ArchivedTexts? = nil) {
    self.archive = archive
    self.texts = texts
  }

  /// How many extractions are read and decoded at a time: enough to keep the cores busy,
  /// few enough that the stored bytes of a big archive never sits in memory at once.
  static let stretch = 512

  /// Hands each file's stored extraction to `body`, in the order of `files`. A stored
  /// extraction that no longer decodes is a problem naming the article, not a crash.
  public func forEachPart(
    of files: [(given: String, stored: String)], _ body: (Corpus) -> Void
  ) throws -> [InputProblem] {
    var problems: [InputProblem] = []
    for start in stride(from: 0, to: files.count, by: Self.stretch) {
      let stretch = Array(files[start..<min(start + Self.stretch, files.count)])
      let blobs = try archive.extractions(of: stretch.map(\.stored)[...])
      OrderedParallel.run(count: stretch.count, window: Self.stretch, job: { position in
        blobs[stretch[position].stored].map { stored in
          Self.decode(
            stored.blob, as: stretch[position].given,
            texts: texts?.source(article: stored.article, hash: stored.hash))
        }
      }, emit: { _, result in
        switch result {
        case .success(let part): body(part)
        case .failure(let problem): problems.append(problem)
        case nil: break
        }
      })
    }
    return problems
  }

  /// One stored extraction as a one-document corpus that carries the path given this time.
  private static func decode(_ blob: Data, as path: String, texts: DocumentTextSource?)
    -> Result<Corpus, InputProblem>
  {
    do {
      let part = try ExtractionCodec.decode(blob, readingTextsFrom: texts)
      let documents = part.documents.map { document in
        var renamed = document
        renamed.path = path
        return renamed
      }
      return .success(Corpus(
        documents: documents, actors: part.actors, countries: part.countries,
        places: part.places, times: part.times, quotes: part.quotes, events: part.events))
    } catch {
      return .failure(InputProblem(
        path: path, message: "its archived extraction cannot be read (\(error)); skipped",
        severity: .skipped))
    }
  }

  /// The merged corpus of `files`.
  public func corpus(of files: [(given: String, stored: String)]) throws -> (Corpus, [InputProblem]) {
    var merger = CorpusMerger()
    let problems = try forEachPart(of: files) { merger.add($0) }
    return (merger.corpus(), problems)
  }
}
