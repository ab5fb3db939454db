import Foundation
import XCTest

@testable import ChronicleArchive

/// The quick absolute path of the explorer's search agrees with the indexer's.
final class ArchiveParagraphSearchPathTests: XCTestCase {
  func testTheQuickAbsolutePathIsTheIndexersOne() {
    let folder = FileManager.default.currentDirectoryPath
    for path in [
      "a.txt", "news/a.txt", "/srv/news/a.txt", "./a.txt", "news/../a.txt", "news//a.txt",
      "/srv/./news/a.txt", "/srv/news/", "..", "/", "news/.hidden.txt", "news/a..b.txt",
      "news/.../a.txt", "news/.", "/srv/news/..", "/srv//news/a.txt",
    ] {
      XCTAssertEqual(
        ArchiveParagraphSearch.absolute(path, in: folder), ArchiveIndexer.absolute(path), path)
    }
  }
}
