import ChronicleArchive
import ChronicleCore
import ChronicleTestSupport
import Foundation
import XCTest

/// `changedElsewhere` on one archive opened twice (two connections, as two processes have):
/// each store hears the other's commits, never its own.
final class ArchiveEditStoreSharingTests: XCTestCase {
  private var folder: ArticleFolder!
  private let rename = Edit(
    .rename, actor: ActorTarget(names: ["Elena Marsh"]), value: "Helen Marsh")
  private let hide = Edit(.hideActor, actor: ActorTarget(names: ["Tomas Quill"]))

  override func setUpWithError() throws { folder = try ArticleFolder() }
  override func tearDown() { folder = nil }

  func testEachStoreHearsTheOthersCommits_notItsOwn() throws {
    let mine = ArchiveEditStore(archive: try Archive(path: folder.archivePath))
    let theirs = ArchiveEditStore(archive: try Archive(path: folder.archivePath))
    XCTAssertEqual(try mine.load(), [])
    XCTAssertFalse(try mine.changedElsewhere())
    _ = try theirs.append(rename)
    XCTAssertTrue(try mine.changedElsewhere())
    XCTAssertFalse(try mine.changedElsewhere(), "told once")
    XCTAssertEqual(try mine.load().map(\.edit), [rename])
    _ = try mine.append(hide)
    XCTAssertFalse(try mine.changedElsewhere(), "its own save")
    XCTAssertTrue(try theirs.changedElsewhere())
    try theirs.revert(id: 1)
    XCTAssertTrue(try mine.changedElsewhere())
  }
}
