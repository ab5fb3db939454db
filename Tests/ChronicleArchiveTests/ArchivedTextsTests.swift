import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

@testable import ChronicleArchive

/// The explorer's archived corpus holds no article text: paragraphs, quotes and event
/// sentences are read back from the archive when asked for, and read exactly what an
/// extraction holds, or nothing once the article's content has changed in the archive.
final class ArchivedTextsTests: XCTestCase {
  private var folder: ArticleFolder!

  override func setUpWithError() throws {
    folder = try ArticleFolder()
    try folder.write(BuiltinSample.path, BuiltinSample.text)
    try folder.write(
      "harbour.txt",
      "On Tuesday, harbour master Ines Calder said \"the ferries will run on time.\"\n\n"
        + "The cranes stood idle, according to the port authority.\n")
  }

  override func tearDown() { folder = nil }

  /// The folder's articles read from the archive, their texts held, and read back through a
  /// cache of `capacity` documents.
  private func corpora(capacity: Int) throws -> (held: Corpus, readBack: Corpus) {
    let archive = try Archive(path: folder.archivePath)
    let outcome = try ArchiveIndexer(archive: archive).run(paths: [folder.path])
    let held = try ArchiveReader(archive: archive).corpus(of: outcome.files)
    let texts = ArchivedTexts(archive: archive, capacity: capacity)
    let readBack = try ArchiveReader(archive: archive, texts: texts).corpus(of: outcome.files)
    XCTAssertEqual(held.1.count, 0, "\(held.1)")
    return (held.0, readBack.0)
  }

  func testTextsReadBack_areThoseOfTheExtraction_evenWhenTheCacheHoldsOneDocument() throws {
    let (held, readBack) = try corpora(capacity: 1)
    XCTAssertEqual(held.documents.count, 3)
    XCTAssertFalse(held.quotes.isEmpty)
    XCTAssertEqual(
      readBack.documents.map { $0.paragraphs.map(\.text) },
      held.documents.map { $0.paragraphs.map(\.text) })
    XCTAssertEqual(readBack.quotes.map(\.text), held.quotes.map(\.text))
    XCTAssertEqual(readBack.events.map(\.summary), held.events.map(\.summary))
    XCTAssertTrue(
      readBack.quotes.contains { $0.text == "the ferries will run on time" },
      "\(readBack.quotes.map(\.text))")
    XCTAssertEqual(CorpusJSON.encode(readBack), CorpusJSON.encode(held))
  }

  func testPrefetchedArticles_areReadFromTheCacheAfterwards() throws {
    let (held, readBack) = try corpora(capacity: 8)
    let sources = readBack.documents.compactMap(\.textSource)
    XCTAssertEqual(sources.count, 3)
    sources[0].prefetch(sources)
    let queue = try DatabaseQueue(path: folder.archivePath)
    try queue.write { db in try db.execute(sql: "DELETE FROM articles") }
    try queue.close()
    XCTAssertEqual(
      readBack.documents.map { $0.paragraphs.map(\.text) },
      held.documents.map { $0.paragraphs.map(\.text) })
    XCTAssertNil(held.documents[0].textSource, "an extraction read for export holds its texts")
  }

  func testAnArticleChangedInTheArchive_readsNoTextRatherThanItsNewText() throws {
    let (_, readBack) = try corpora(capacity: 8)
    try folder.write(
      "harbour.txt",
      "On Friday, the mayor said \"nothing at all happened here this week.\"\n")
    let archive = try Archive(path: folder.archivePath)
    _ = try ArchiveIndexer(archive: archive).run(paths: [folder.path])
    let harbour = try XCTUnwrap(readBack.documents.first { $0.path.hasSuffix("harbour.txt") })
    XCTAssertEqual(harbour.paragraphs.map(\.text), ["", ""])
    let quotes = readBack.quotes.filter { $0.span.document == harbour.id }
    XCTAssertFalse(quotes.isEmpty)
    XCTAssertEqual(Set(quotes.map(\.text)), [""])
  }
}
