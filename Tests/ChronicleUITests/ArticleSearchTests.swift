import ChronicleCore
import ChronicleUI
import Foundation
import XCTest

/// A stand-in for the archive's full-text index: the paragraphs that contain the query, and
/// the queries it was asked.
private final class ScanningSearch: ParagraphSearching, @unchecked Sendable {
  var asked: [String] = []

  func paragraphs(matching query: String, in corpus: Corpus) throws -> [ParagraphLocation] {
    asked.append(query)
    return corpus.documents.flatMap { document in
      document.paragraphs.filter { $0.text.localizedCaseInsensitiveContains(query) }.map {
        ParagraphLocation(document: document.id, paragraph: $0.index)
      }
    }
  }
}

/// `/` in the Source pane with an archive: every article is searched, `n`/`N` go from
/// article to article with the match highlighted; other panes and `--no-archive` search as
/// before.
final class ArticleSearchTests: XCTestCase {
  private func shown(_ h: Harness) -> String? {
    h.state.source.map { "\($0.location.document)¶\($0.location.paragraph)" }
  }

  func testSearchInSource_goesAcrossArticlesWithNextAndPrevious_andWraps() {
    let search = ScanningSearch()
    let h = Harness(corpus: NewsFixture.corpus, articleSearch: search)
    h.press(.char("4"))
    h.type("/SAID\n")
    XCTAssertEqual(search.asked, ["SAID"])
    let first = shown(h)
    let order = ["d1¶2", "d1¶6", "d2¶2"]
    let start = try? XCTUnwrap(order.firstIndex(of: first ?? ""), "\(String(describing: first))")
    guard let start else { return }
    XCTAssertTrue(h.text.contains("\(start + 1)/3 · SAID"), h.text)
    XCTAssertEqual(h.roles(of: "said", in: .source).map(Set.init), [.match], "every match marked")
    for step in 1...3 {
      h.press(.char("n"))
      XCTAssertEqual(shown(h), order[(start + step) % 3])
      XCTAssertTrue(h.text.contains("\((start + step) % 3 + 1)/3 · SAID"), h.text)
    }
    h.press(.char("N"))
    XCTAssertEqual(shown(h), order[(start + 2) % 3])
    XCTAssertEqual(search.asked, ["SAID"], "n and N reuse the answer")
  }

  func testTheOtherArticlesParagraph_isShownWithItsTitle() {
    let h = Harness(corpus: NewsFixture.corpus, articleSearch: ScanningSearch())
    h.press(.char("4"))
    h.type("/count the votes\n")
    XCTAssertEqual(shown(h), "d2¶1")
    XCTAssertTrue(h.text.contains("Vote count"), h.text)
    XCTAssertEqual(h.roles(of: "count the votes", in: .source).map(Set.init), [.match])
    XCTAssertTrue(h.text.contains("1/1 · count the votes"), h.text)
  }

  func testNothingFound_saysSo() {
    let h = Harness(corpus: NewsFixture.corpus, articleSearch: ScanningSearch())
    h.press(.char("4"))
    h.type("/zebra\n")
    XCTAssertTrue(h.text.contains("not found: zebra"), h.text)
  }

  func testListPanes_andNoArchive_searchAsBefore() {
    let search = ScanningSearch()
    let h = Harness(corpus: NewsFixture.corpus, articleSearch: search)
    h.press(.char("3"))
    h.type("/said\n")
    XCTAssertEqual(search.asked, [], "a list pane searches its rows")
    let plain = Harness(corpus: NewsFixture.corpus)
    plain.press(.char("1"), .enter)
    let article = plain.state.source?.location.document
    plain.press(.char("4"))
    plain.type("/said\n")
    for _ in 0..<4 {
      plain.press(.char("n"))
      XCTAssertEqual(plain.state.source?.location.document, article, "the shown article only")
    }
  }

  func testAnAnswerToAnEarlierSearch_isDropped() {
    let h = Harness(corpus: NewsFixture.corpus, articleSearch: ScanningSearch())
    h.press(.char("4"))
    h.type("/Ana Rojas\n")
    let shownNow = shown(h)
    h.app.send(
      .articleMatches(
        query: "Lopez", paragraphs: [ParagraphLocation(document: "d1", paragraph: 1)]))
    XCTAssertEqual(shown(h), shownNow)
    XCTAssertEqual(h.state.search?.paragraphs, [ParagraphLocation(document: "d2", paragraph: 2)])
  }
}
