import ChronicleCore
import ChronicleTestSupport
import Foundation
import XCTest

/// The TUI's loader (`CorpusLoader`) on the same bad inputs as `chronicle extract`: problems
/// come back by path beside the corpus, and the good article is always in it.
final class CorpusLoaderBadInputTests: XCTestCase {
  private func goodQuoteIsIn(_ corpus: Corpus) -> Bool {
    corpus.quotes.contains { $0.text == "will resume as soon as possible in Geneva" }
  }

  func testBadArticles_giveProblemsByPathAndTheGoodDocumentLoads() throws {
    for bad in BadArticle.all {
      let folder = try ArticleFolder()
      let path = try folder.write(bad.name, bad.bytes)
      let (corpus, problems) = CorpusLoader().load(paths: [folder.good, path])
      XCTAssertTrue(goodQuoteIsIn(corpus), bad.name)
      switch bad.outcome {
      case .warning(let text):
        XCTAssertEqual(problems.map(\.severity), [.warning], bad.name)
        XCTAssertTrue(problems[0].description.hasPrefix("\(path): \(text)"), "\(problems)")
        XCTAssertEqual(corpus.documents.map(\.path), [folder.good, path])
      case .skipped(let text):
        XCTAssertEqual(problems.map(\.severity), [.skipped], bad.name)
        XCTAssertTrue(problems[0].description.hasPrefix("\(path): \(text)"), "\(problems)")
        XCTAssertEqual(corpus.documents.map(\.path), [folder.good])
      case .quiet:
        XCTAssertEqual(problems, [], bad.name)
        XCTAssertEqual(corpus.documents.map(\.path), [folder.good, path])
      }
    }
  }

  func testDirectoryWithImagesAndLoops_loadsItsArticlesOnce() throws {
    let folder = try ArticleFolder()
    try folder.write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0])
    try folder.write("archive.zip", [0x50, 0x4B, 3, 4])
    try folder.link("again", to: ".")
    let (corpus, problems) = CorpusLoader().load(paths: [folder.path, folder.path + "/gone.md"])
    XCTAssertEqual(corpus.documents.map(\.path), [folder.good])
    XCTAssertEqual(problems.map(\.description), [folder.path + "/gone.md: no such file or directory; skipped"])
  }

  /// In-process, root cannot be made to fail a read by permissions; the command-line test
  /// covers this case as `nobody`.
  func testUnreadableFile_isSkippedByName() throws {
    guard geteuid() != 0 else {
      throw XCTSkip("running as root, which reads a mode-000 file; see ExtractBadInputTests")
    }
    let folder = try ArticleFolder()
    let locked = try folder.write("locked.txt", "Talks went on.")
    chmod(locked, 0)
    let (corpus, problems) = CorpusLoader().load(paths: [locked, folder.good])
    XCTAssertTrue(goodQuoteIsIn(corpus))
    XCTAssertEqual(problems.map(\.description), ["\(locked): permission denied; skipped"])
  }
}
