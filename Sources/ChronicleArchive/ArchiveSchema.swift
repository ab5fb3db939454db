import GRDB

/// The archive's tables, as numbered migrations (a later Chronicle adds one, never edits one).
///
/// - `articles`: one row per article file (absolute path, size, mtime, content hash), its
///   extraction (a one-document corpus, `d1`, see `ExtractionCodec`), the extractor
///   version and settings it was made with, and its publication date (indexed).
/// - `article_terms`: the actors and countries each article mentions, indexed by value, so
///   "which articles mention X" is a query, not a scan of every extraction.
/// - `edits`: the reader's edits, each one opaque JSON object, newest last by id.
/// - `article_text` (migration `search-v1`): the full-text index of paragraphs, see
///   `ArchiveTextIndex`.
///
/// `v2-extraction-encoding` adds `articles.encoding`: the `ExtractionCodec` version of the
/// stored extraction (0, the default of rows stored before, is the `chronicle/1` line), so
/// rows in an older encoding are extracted again.
enum ArchiveSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: "PRAGMA application_id = \(Archive.applicationID)")
      try db.execute(
        sql: """
          CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            extractor INTEGER NOT NULL,
            settings TEXT NOT NULL,
            published TEXT,
            extraction BLOB NOT NULL
          );
          CREATE INDEX articles_published ON articles(published);
          CREATE TABLE article_terms (
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL
          );
          CREATE INDEX article_terms_value ON article_terms(kind, value);
          CREATE INDEX article_terms_article ON article_terms(article);
          CREATE TABLE edits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created TEXT NOT NULL,
            body TEXT NOT NULL,
            reverted INTEGER NOT NULL DEFAULT 0
          );
          """)
    }
    migrator.registerMigration("v2-extraction-encoding") { db in
      try db.execute(sql: "ALTER TABLE articles ADD COLUMN encoding INTEGER NOT NULL DEFAULT 0")
    }
    ArchiveTextIndex.register(in: &migrator)
    return migrator
  }
}
