import ChronicleCore
import Foundation

/// Reads indexed articles back out of the archive as one-document corpora, in file order,
/// decoding on all cores; each keeps the path the reader gave this time.
public struct ArchiveReader: Sendable {
  public var archive: Archive

  public init(archive: Archive) {
    self.archive = archive
  }

  /// Hands each file's stored extraction to `body`, in the order of `files`. A stored
  /// extraction that no longer decodes is a problem naming the article, not a crash.
  public func forEachPart(
    of files: [(given: String, stored: String)], _ body: (Corpus) -> Void
  ) throws -> [InputProblem] {
    var blobs = [Data?](repeating: nil, count: files.count)
    try archive.extractions(of: files.map(\.stored)) { position, blob in blobs[position] = blob }
    let stored = blobs
    var problems: [InputProblem] = []
    OrderedParallel.run(count: files.count, window: 256, job: { position -> Result<Corpus, InputProblem>? in
      guard let blob = stored[position] else { return nil }
      do {
        let part = try CorpusDecoder.decode(blob)
        let documents = part.documents.map { document in
          var renamed = document
          renamed.path = files[position].given
          return renamed
        }
        return .success(Corpus(
          documents: documents, actors: part.actors, countries: part.countries,
          places: part.places, times: part.times, quotes: part.quotes, events: part.events))
      } catch {
        return .failure(InputProblem(
          path: files[position].given,
          message: "its archived extraction cannot be read (\(error)); skipped", severity: .skipped))
      }
    }, emit: { _, result in
      switch result {
      case .success(let part): body(part)
      case .failure(let problem): problems.append(problem)
      case nil: break
      }
    })
    return problems
  }

  /// The merged corpus of `files`.
  public func corpus(of files: [(given: String, stored: String)]) throws -> (Corpus, [InputProblem]) {
    var merger = CorpusMerger()
    let problems = try forEachPart(of: files) { merger.add($0) }
    return (merger.corpus(), problems)
  }
}
