import ChronicleCore
import GRDB

/// The full-text index of every archived paragraph (SQLite FTS5), so `/` in the explorer and
/// `chronicle search` find a word in a big archive without reading any extraction.
///
/// One FTS5 row per paragraph; its rowid packs the article's id and the paragraph's index
/// (`article << 20 | paragraph`), so an article's rows are one rowid range. The rows are
/// written in the transaction that stores the article and leave with it (a trigger on
/// `articles`), so the index never holds a paragraph of an article that is gone.
///
/// Matches are listed in corpus order, never ranked, so the table keeps no column sizes (the
/// input of `bm25`). It keeps its own copy of the text: on SQLite 3.40 (Debian 12) a
/// contentless table cannot delete rows (`contentless_delete` needs 3.43), and an
/// external-content table needs the old text to delete, which lives only inside the article's
/// encoded extraction.
enum ArchiveTextIndex {
  /// Bits of the rowid that hold the paragraph index: an article of more paragraphs has only
  /// its first million indexed.
  static let paragraphBits = 20
  static let paragraphLimit = 1 << paragraphBits

  /// The migration that adds the index. Articles stored before it are marked out of date, so
  /// the next `chronicle index` (or opening them) extracts them again and fills the index in
  /// the ordinary way, whatever the encoding of their stored extraction.
  static func register(in migrator: inout DatabaseMigrator) {
    let first = "old.id * \(paragraphLimit)"
    migrator.registerMigration("search-v1") { db in
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE article_text USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);
          CREATE TRIGGER article_text_forget AFTER DELETE ON articles BEGIN
            DELETE FROM article_text
            WHERE rowid BETWEEN \(first) AND \(first) + \(paragraphLimit - 1);
          END;
          UPDATE articles SET extractor = -1;
          """)
    }
  }

  /// Indexes the paragraphs of a just-stored article, inside the transaction that stored it.
  static func add(_ part: Corpus, article: Int64, _ db: Database) throws {
    guard let document = part.documents.first else { return }
    let statement = try db.cachedStatement(
      sql: "INSERT INTO article_text (rowid, text) VALUES (?, ?)")
    for paragraph in document.paragraphs.prefix(paragraphLimit) {
      try statement.execute(arguments: [
        rowid(article: article, paragraph: paragraph.index), paragraph.text,
      ])
    }
  }

  static func rowid(article: Int64, paragraph: Int) -> Int64 {
    article << Int64(paragraphBits) | Int64(paragraph)
  }

  static func location(of rowid: Int64) -> (article: Int64, paragraph: Int) {
    (rowid >> Int64(paragraphBits), Int(rowid & Int64(paragraphLimit - 1)))
  }

  /// The FTS5 query for what a reader typed: its words as one phrase, the last one also as a
  /// prefix ("secur" finds "security"), so punctuation and FTS5 syntax are never taken as
  /// operators. Nil when the text has no word to look for.
  static func matchExpression(for query: String) -> String? {
    let words = query.split { !$0.isLetter && !$0.isNumber }
    guard !words.isEmpty else { return nil }
    return "\"" + words.joined(separator: " ") + "\"*"
  }
}
