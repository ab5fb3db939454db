import ChronicleCore
import ChronicleUI
import XCTest

/// A new corpus version while following: the reader keeps their filter, selection and
/// paragraph, and the status bar says what arrived.
final class FollowTests: XCTestCase {
  private static let first = SourceText(
    path: "news/b-talks.md",
    text: """
      ---
      date: 2025-05-09
      ---

      On Monday, Ann Lee met Tom Park in Oslo.

      On Tuesday, Ann Lee said the talks "went well" in Oslo.

      On Wednesday, Tom Park left Oslo.
      """)
  /// Sorts before `first` by path and by date, so every id and row index shifts.
  private static let arrival = SourceText(
    path: "news/a-earlier.md",
    text: """
      ---
      date: 2025-05-02
      ---

      On Thursday, Ann Lee said "we begin" in Bergen.
      """)

  private func corpus(_ sources: [SourceText]) -> Corpus {
    CorpusLoader().build(sources).corpus
  }

  private func selectedEventText(_ app: App) -> String {
    let row = app.state.timeline[app.state.cursor(.timeline).row]
    return row.item.map { app.corpus.events[$0].summary } ?? "(a header row)"
  }

  func testCorpusChanged_keepsFilterSelectionAndParagraphByIdentity() throws {
    let screen = VirtualScreen(width: 140, height: 40)
    let app = App(corpus: corpus([Self.first]), size: screen.size)
    app.send(.filterActor("Lee"))
    app.press(.char("j"))
    let selected = selectedEventText(app)
    XCTAssertTrue(selected.contains("went well"), selected)
    let paragraph = try XCTUnwrap(app.state.source)
    let paragraphText = app.corpus.paragraph(paragraph.location)?.text

    let grown = corpus([Self.arrival, Self.first])
    app.send(.corpusChanged(CorpusUpdate(version: 1, corpus: grown, added: 1)))
    app.draw(on: screen)

    XCTAssertEqual(selectedEventText(app), selected, "the same event stays selected")
    XCTAssertEqual(
      app.state.source.flatMap { app.corpus.paragraph($0.location)?.text }, paragraphText)
    XCTAssertTrue(screen.text.contains("actor Ann Lee"), screen.text)
    XCTAssertTrue(screen.text.contains("3 of 4 events"), screen.text)
    XCTAssertTrue(screen.text.contains("we begin"), "the new quote is in the filtered view")
    XCTAssertTrue(screen.text.contains("+1 article"), screen.text)
  }

  func testCorpusChanged_aRemovedDocumentClearsItsParagraphAndDropsAGoneActorFilter() {
    let app = App(corpus: corpus([Self.arrival, Self.first]), size: Size(width: 140, height: 40))
    app.send(.filterActor("Tom Park"))
    XCTAssertEqual(app.state.filters.count, 1)
    app.send(.corpusChanged(CorpusUpdate(version: 2, corpus: corpus([Self.arrival]), removed: 1)))
    XCTAssertEqual(app.state.filters, [], "Tom Park is gone with his article")
    XCTAssertEqual(app.state.message?.text, "1 gone")
  }

  func testToggleFollow_withoutFollowSaysHowToStartIt() {
    let app = App(corpus: corpus([Self.first]), size: Size(width: 140, height: 40))
    app.press(.char("F"))
    XCTAssertEqual(app.state.message?.text, "not following: start with --follow to watch the folders")
  }
}
