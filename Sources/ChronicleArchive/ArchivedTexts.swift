import ChronicleCore
import Foundation
import GRDB

/// Reads archived documents' paragraph texts back when they are shown, keeping the most
/// recently read documents, so an explorer of a big archive holds a screenful of articles'
/// text instead of every article's (the Source pane shows one document, the list panes a
/// screenful of rows, and the timeline's neighbouring rows mostly come from a few articles).
public final class ArchivedTexts: @unchecked Sendable {
  public let archive: Archive
  /// How many documents' texts are kept.
  let capacity: Int
  /// Guards `kept`, `clock` and `nextInRun`.
  private let lock = NSLock()
  private var kept: [Int64: (hash: Int64, texts: [String], used: Int)] = [:]
  private var clock = 0

  public init(archive: Archive, capacity: Int = 512) {
    self.archive = archive
    self.capacity = capacity
  }

  /// The source of one stored article: its texts are those of its row (`article`) while it
  /// still has the content `hash` the corpus was read with.
  func source(article: Int64, hash: Int64) -> DocumentTextSource {
    ArchivedDocumentText(texts: self, article: article, hash: hash)
  }

  /// The paragraph texts of the article row with content `hash`; empty when the archive no
  /// longer holds that content or cannot be read.
  func paragraphTexts(article: Int64, hash: Int64) -> [String] {
    lock.lock()
    defer { lock.unlock() }
    clock += 1
    if let entry = kept[article], entry.hash == hash {
      kept[article]?.used = clock
      return entry.texts
    }
    let ahead = article == nextInRun ? min(Self.readAhead, capacity - 1) : 0
    nextInRun = article + Int64(ahead) + 1
    let rows = read(from: article, through: article + Int64(ahead))
    // The asked-for article last, so the ones read ahead never push it out.
    for row in rows where row.article != article { keep(row) }
    guard let asked = rows.first(where: { $0.article == article }) else { return [] }
    keep(asked)
    return asked.hash == hash ? asked.texts : []
  }

  /// Reads the texts of the articles of `sources` that are not kept, in one request, and
  /// marks the kept ones as just used.
  func prefetch(_ sources: [DocumentTextSource]) {
    lock.lock()
    defer { lock.unlock() }
    clock += 1
    var wanted = Set<Int64>()
    for case let source as ArchivedDocumentText in sources where source.texts === self {
      if kept[source.article]?.hash == source.hash {
        kept[source.article]?.used = clock
      } else {
        wanted.insert(source.article)
      }
    }
    guard !wanted.isEmpty else { return }
    for row in read(wanted.sorted()) { keep(row) }
  }

  private func keep(_ row: (article: Int64, hash: Int64, texts: [String])) {
    if kept[row.article] == nil, kept.count >= capacity,
      let oldest = kept.min(by: { $0.value.used < $1.value.used })
    {
      kept[oldest.key] = nil
    }
    kept[row.article] = (row.hash, row.texts, clock)
  }

  /// How many following rows a miss on the row after the previous miss reads as well: a
  /// search through a list pane, which reads its rows article by article in corpus order,
  /// then asks the archive once a stretch, not once an article.
  static let readAhead = 32
  /// The row whose miss continues a run of misses in row order.
  private var nextInRun: Int64 = -1

  /// The paragraph texts of the stored rows from `first` through `last`.
  private func read(from first: Int64, through last: Int64) -> [(
    article: Int64, hash: Int64, texts: [String]
  )] {
    let rows = try? archive.read { db in
      try Row.fetchAll(
        db.cachedStatement(
          sql: "SELECT id, hash, extraction FROM articles WHERE id BETWEEN ? AND ?"),
        arguments: [first, last])
    }
    return Self.texts(of: rows ?? [])
  }

  /// The paragraph texts of the stored rows `articles`.
  private func read(_ articles: [Int64]) -> [(article: Int64, hash: Int64, texts: [String])] {
    let marks = Array(repeating: "?", count: articles.count).joined(separator: ",")
    let rows = try? archive.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, hash, extraction FROM articles WHERE id IN (\(marks))",
        arguments: StatementArguments(articles))
    }
    return Self.texts(of: rows ?? [])
  }

  private static func texts(of rows: [Row]) -> [(article: Int64, hash: Int64, texts: [String])] {
    rows.map { row in
      (row[0], row[1], (try? ExtractionCodec.paragraphTexts(row[2] as Data)) ?? [])
    }
  }
}

/// One archived article's texts, read through the shared `ArchivedTexts`.
private final class ArchivedDocumentText: DocumentTextSource {
  let texts: ArchivedTexts
  let article: Int64
  let hash: Int64

  init(texts: ArchivedTexts, article: Int64, hash: Int64) {
    self.texts = texts
    self.article = article
    self.hash = hash
  }

  func paragraphTexts() -> [String] { texts.paragraphTexts(article: article, hash: hash) }

  func prefetch(_ sources: [DocumentTextSource]) { texts.prefetch(sources) }
}
