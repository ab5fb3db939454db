import ChronicleCore
import Foundation

/// `/` across the articles of an archived corpus: the archive's full-text index finds the
/// paragraphs, which are then placed in the corpus the explorer shows (articles the archive
/// holds but the corpus does not, such as files that disappeared, are left out).
public struct ArchiveParagraphSearch: ParagraphSearching {
  public var archive: Archive

  public init(archive: Archive) { self.archive = archive }

  public func paragraphs(matching query: String, in corpus: Corpus) throws -> [ParagraphLocation] {
    let found = try archive.paragraphs(matching: query)
    guard !found.isEmpty else { return [] }
    var position: [String: Int] = [:]
    for (index, document) in corpus.documents.enumerated() {
      position[ArchiveIndexer.absolute(document.path)] = index
    }
    return found.compactMap { hit -> (Int, Int)? in
      guard let index = position[hit.path],
        hit.paragraph < corpus.documents[index].paragraphs.count
      else { return nil }
      return (index, hit.paragraph)
    }
    .sorted { $0 < $1 }
    .map { ParagraphLocation(document: corpus.documents[$0.0].id, paragraph: $0.1) }
  }
}
