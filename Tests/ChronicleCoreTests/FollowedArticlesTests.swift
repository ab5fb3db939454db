import ChronicleCore
import Foundation
import XCTest

/// What a batch of changed paths means for the followed corpus: new, changed, unchanged, gone.
final class FollowedArticlesTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "chronicle-follow-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  @discardableResult
  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  private func counts(_ delta: FollowedArticles.Delta) -> [Int] {
    [delta.added, delta.changed, delta.removed, delta.problems.count]
  }

  func testUpdate_countsNewChangedUnchangedAndGone() throws {
    var articles = FollowedArticles(roots: [folder], loader: CorpusLoader())
    let a = try write("a.txt", "On Monday, Ann Lee said the talks went well.\n")
    let b = try write("b.md", "Tom Park said nothing.\n")
    try write("notes.csv", "not,an,article\n")
    XCTAssertEqual(counts(articles.update([a, b, folder + "/notes.csv"])), [2, 0, 0, 0])
    XCTAssertEqual(counts(articles.update([a, b])), [0, 0, 0, 0], "unchanged stamps: no work")
    try write("a.txt", "On Monday, Ann Lee said the talks went very well indeed.\n")
    XCTAssertEqual(counts(articles.update([a])), [0, 1, 0, 0])
    try FileManager.default.removeItem(atPath: b)
    XCTAssertEqual(counts(articles.update([b])), [0, 0, 1, 0])
    XCTAssertEqual(articles.corpus().documents.map(\.path), [a])
  }

  func testUpdate_reportsABadFileOnceUntilItChanges() throws {
    var articles = FollowedArticles(roots: [folder], loader: CorpusLoader())
    let bad = try write("empty.txt", "")
    XCTAssertEqual(counts(articles.update([bad])), [0, 0, 0, 1])
    XCTAssertEqual(counts(articles.update([bad])), [0, 0, 0, 0], "told once")
    try write("empty.txt", "Ann Lee said it is fixed now.\n")
    XCTAssertEqual(counts(articles.update([bad])), [1, 0, 0, 0])
  }

  func testSettledRescan_takesANewFileOnlyWhenTwoScansAgree() throws {
    var articles = FollowedArticles(roots: [folder], loader: CorpusLoader())
    try write("a.txt", "Ann Lee said the talks went well.\n")
    XCTAssertEqual(counts(articles.rescan(settled: true)), [0, 0, 0, 0], "first sight: wait")
    XCTAssertEqual(counts(articles.rescan(settled: true)), [1, 0, 0, 0], "same stamp: take it")
    try write("b.txt", "Tom Park said nothing.\n")
    XCTAssertEqual(counts(articles.rescan(settled: false)), [1, 0, 0, 0], "unsettled: at once")
    XCTAssertEqual(articles.count, 2)
  }

  func testRemoveFolder_dropsEveryArticleBelowIt() throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/sub", withIntermediateDirectories: true)
    var articles = FollowedArticles(roots: [folder], loader: CorpusLoader())
    let inner = try write("sub/a.txt", "Ann Lee said the talks went well.\n")
    let outer = try write("b.txt", "Tom Park said nothing.\n")
    XCTAssertEqual(counts(articles.update([inner, outer])), [2, 0, 0, 0])
    XCTAssertEqual(counts(articles.remove(folder + "/sub")), [0, 0, 1, 0])
    XCTAssertEqual(articles.corpus().documents.map(\.path), [outer])
  }
}
