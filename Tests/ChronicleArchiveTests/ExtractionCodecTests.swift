import ChronicleCore
import ChronicleTestSupport
import Foundation
import GRDB
import XCTest

@testable import ChronicleArchive

/// The archive's binary encoding gives back exactly what was extracted, and a damaged record
/// is an error naming its article, never a crash or a wrong corpus.
final class ExtractionCodecTests: XCTestCase {
  private var folder: ArticleFolder!

  override func setUpWithError() throws { folder = try ArticleFolder() }
  override func tearDown() { folder = nil }

  /// The built-in sample as extracted: actors with aliases, places, times with anchors,
  /// direct and indirect quotes, inherited dates.
  private func sample() throws -> Corpus {
    let path = try folder.write(BuiltinSample.path, BuiltinSample.text)
    return CorpusLoader().load(paths: [path]).corpus
  }

  func testAnExtractionComesBackUnchanged() throws {
    let extracted = try sample()
    let decoded = try ExtractionCodec.decode(ExtractionCodec.encode(extracted))
    XCTAssertEqual(decoded.documents, extracted.documents)
    XCTAssertEqual(decoded.actors, extracted.actors)
    XCTAssertEqual(decoded.places, extracted.places)
    XCTAssertEqual(decoded.times, extracted.times)
    XCTAssertEqual(decoded.quotes, extracted.quotes)
    XCTAssertEqual(decoded.events, extracted.events)
    XCTAssertEqual(CorpusJSON.encode(decoded), CorpusJSON.encode(extracted))
  }

  func testEveryTruncationIsRefused() throws {
    let blob = ExtractionCodec.encode(try sample())
    for length in stride(from: 0, to: blob.count, by: 7) {
      XCTAssertThrowsError(try ExtractionCodec.decode(blob.prefix(length)), "\(length) bytes")
    }
  }

  func testAChronicleJSONLineIsNotMisread() throws {
    let line = Data(CorpusJSON.encodeLine(try sample()))
    XCTAssertThrowsError(try ExtractionCodec.decode(line)) { error in
      XCTAssertTrue("\(error)".contains("encoding"), "\(error)")
    }
  }

  func testADamagedRecordSkipsItsArticleByName() throws {
    let archive = try Archive(path: folder.archivePath)
    let outcome = try ArchiveIndexer(archive: archive).run(paths: [folder.path])
    let queue = try DatabaseQueue(path: folder.archivePath)
    try queue.write { db in
      try db.execute(sql: "UPDATE articles SET extraction = substr(extraction, 1, 20)")
    }
    try queue.close()
    let (corpus, problems) = try ArchiveReader(archive: archive).corpus(of: outcome.files)
    XCTAssertEqual(corpus.documents.count, 0)
    XCTAssertEqual(problems.map(\.path), [folder.good])
    XCTAssertTrue(problems.allSatisfy { $0.message.contains("cannot be read") }, "\(problems)")
  }
}
