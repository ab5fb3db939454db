import ChronicleCore
import GRDB

/// A paragraph of an archived article that matches a search.
public struct ArchivedParagraph: Sendable, Equatable {
  /// The article's absolute path, as the archive stores it.
  public var path: String
  /// The paragraph's 0-based index in its article (as `paragraph` in `chronicle/1`).
  public var paragraph: Int
  /// The paragraph's text; empty when it was not asked for.
  public var text: String
}

extension Archive {
  /// The archived paragraphs that contain the words of `query` in that order (the last word
  /// may be the start of a longer one), ignoring case and accents, by path then paragraph;
  /// `withText` reads their text too. An article stored before the index existed is found
  /// once it has been indexed again.
  public func paragraphs(matching query: String, withText: Bool = true) throws
    -> [ArchivedParagraph]
  {
    guard let expression = ArchiveTextIndex.matchExpression(for: query) else { return [] }
    let shift = ArchiveTextIndex.paragraphBits
    return try read { db in
      var found: [ArchivedParagraph] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT article_text.rowid, articles.path\(withText ? ", article_text.text" : "")
          FROM article_text JOIN articles ON articles.id = article_text.rowid >> \(shift)
          WHERE article_text MATCH ?
          """,
        arguments: [expression])
      while let row = try rows.next() {
        found.append(
          ArchivedParagraph(
            path: row[1], paragraph: ArchiveTextIndex.location(of: row[0]).paragraph,
            text: withText ? row[2] : ""))
      }
      return found.sorted { ($0.path, $0.paragraph) < ($1.path, $1.paragraph) }
    }
  }
}
