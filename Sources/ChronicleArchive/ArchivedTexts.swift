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
  /// Guards `kept` and `clock`.
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
    let texts = read(article: article, hash: hash)
    if kept.count >= capacity, let oldest = kept.min(by: { $0.value.used < $1.value.used }) {
      kept[oldest.key] = nil
    }
    kept[article] = (hash, texts, clock)
    return texts
  }

  private func read(article: Int64, hash: Int64) -> [String] {
    let blob = try? archive.read { db in
      try Data.fetchOne(
        db.cachedStatement(sql: "SELECT extraction FROM articles WHERE id = ? AND hash = ?"),
        arguments: [article, hash])
    }
    return blob.flatMap { try? ExtractionCodec.paragraphTexts($0) } ?? []
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
}
