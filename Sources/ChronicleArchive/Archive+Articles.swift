import ChronicleCore
import Foundation
import GRDB

/// What the archive knows of one article file without reading its extraction.
struct ArticleIdentity: Sendable, Equatable {
  var size: Int64
  var mtime: Int64
  var hash: Int64
  var extractor: Int
  var settings: String
  /// The `ExtractionCodec` version the extraction is stored in.
  var encoding: Int
}

/// One article's stored extraction, with the row and content it belongs to.
struct StoredExtraction {
  var article: Int64
  var hash: Int64
  var blob: Data
}

extension Archive {
  /// Every stored article's identity, by absolute path.
  func identities() throws -> [String: ArticleIdentity] {
    try read { db in
      var result: [String: ArticleIdentity] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT path, size, mtime, hash, extractor, settings, encoding FROM articles")
      while let row = try rows.next() {
        result[row[0]] = ArticleIdentity(
          size: row[1], mtime: row[2], hash: row[3], extractor: row[4], settings: row[5],
          encoding: row[6])
      }
      return result
    }
  }

  /// Stores one article's identity, extraction and paragraphs' full text in its own
  /// transaction, replacing any earlier row for the path, so a crash leaves either the old
  /// article or the new one.
  func store(path: String, identity: ArticleIdentity, extraction part: Corpus) throws {
    let blob = ExtractionCodec.encode(part)
    let published = part.documents.first?.published?.description
    try write { db in
      try db.execute(sql: "DELETE FROM articles WHERE path = ?", arguments: [path])
      try db.execute(
        sql: """
          INSERT INTO articles
            (path, size, mtime, hash, extractor, settings, published, extraction, encoding)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          path, identity.size, identity.mtime, identity.hash, identity.extractor,
          identity.settings, published, blob, identity.encoding,
        ])
      let article = db.lastInsertedRowID
      try ArchiveTextIndex.add(part, article: article, db)
      let terms = Set(part.actors.map { ["actor", $0.name] } + part.countries.map { ["country", $0.code] })
      for term in terms {
        try db.execute(
          sql: "INSERT INTO article_terms (article, kind, value) VALUES (?, ?, ?)",
          arguments: [article, term[0], term[1]])
      }
    }
  }

  /// Records that an unchanged article (same content hash) now has another size or mtime.
  func touch(path: String, identity: ArticleIdentity) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE articles SET size = ?, mtime = ? WHERE path = ?",
        arguments: [identity.size, identity.mtime, path])
    }
  }

  /// Forgets the articles at `paths` (files that disappeared), in one transaction.
  func remove(paths: [String]) throws {
    guard !paths.isEmpty else { return }
    try write { db in
      for path in paths {
        try db.execute(sql: "DELETE FROM articles WHERE path = ?", arguments: [path])
      }
    }
  }

  /// The stored extractions of `paths` by path, with their row and the content hash they were
  /// made from (a path with none is missing), fetched through the unique index on path, so a
  /// stretch of a big archive is read without scanning it.
  func extractions(of paths: ArraySlice<String>) throws -> [String: StoredExtraction] {
    guard !paths.isEmpty else { return [:] }
    let marks = Array(repeating: "?", count: paths.count).joined(separator: ",")
    return try read { db in
      var result: [String: StoredExtraction] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT path, id, hash, extraction FROM articles WHERE path IN (\(marks))",
        arguments: StatementArguments(Array(paths)))
      while let row = try rows.next() {
        result[row[0]] = StoredExtraction(article: row[1], hash: row[2], blob: row[3])
      }
      return result
    }
  }

  /// The absolute paths of stored articles that mention an actor or a country (`kind` is
  /// `actor` or `country`), through the index on article terms.
  public func articles(mentioning value: String, kind: String) throws -> [String] {
    try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT articles.path FROM article_terms JOIN articles ON articles.id = article_terms.article
          WHERE article_terms.kind = ? AND article_terms.value = ? ORDER BY articles.path
          """,
        arguments: [kind, value])
    }
  }
}
