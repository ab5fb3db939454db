import ChronicleCore
import GRDB

/// A paragraph of an archived article that matches a search.
public struct ArchivedParagraph: Sendable, Equatable {
  /// The article's absolute path, as the archive stores it.
  public var path: String
  /// The paragraph's 0-based index in its article (as `paragraph` in `chronicle/1`).
  public var paragraph: Int
  public var text: String
}

extension Archive {
  /// The archived paragraphs that contain the words of `query` in that order (the last word
  /// may be the start of a longer one), ignoring case and accents, by path then paragraph.
  /// An article stored before the index existed is found once it has been indexed again.
  public func paragraphs(matching query: String) throws -> [ArchivedParagraph] {
    guard let expression = ArchiveTextIndex.matchExpression(for: query) else { return [] }
    return try read { db in
      var paths: [Int64: String] = [:]
      var found: [ArchivedParagraph] = []
      let rows = try Row.fetchCursor(
        db, sql: "SELECT rowid, text FROM article_text WHERE article_text MATCH ?",
        arguments: [expression])
      while let row = try rows.next() {
        let (article, paragraph) = ArchiveTextIndex.location(of: row[0])
        if paths[article] == nil {
          paths[article] = try String.fetchOne(
            db, sql: "SELECT path FROM articles WHERE id = ?", arguments: [article])
        }
        guard let path = paths[article] else { continue }
        found.append(ArchivedParagraph(path: path, paragraph: paragraph, text: row[1]))
      }
      return found.sorted { ($0.path, $0.paragraph) < ($1.path, $1.paragraph) }
    }
  }
}
