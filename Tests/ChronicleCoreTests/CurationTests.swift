import ChronicleCore
import ChronicleTestSupport
import XCTest

/// The edits overlay: each edit kind changes what a consumer sees, edits survive
/// re-extraction of a changed article, and an edit whose target is gone is reported stale.
final class CurationTests: XCTestCase {
  static let article = CurationArticle.text

  private var folder: ArticleFolder!

  override func setUpWithError() throws { folder = try ArticleFolder() }

  private func load(_ text: String = article) throws -> Corpus {
    let path = try folder.write("harbour.md", text)
    return CorpusLoader().load(paths: [path]).corpus
  }

  private func actor(_ name: String, _ corpus: Corpus) throws -> Actor {
    try XCTUnwrap(corpus.actors.first { $0.name == name }, "no actor \(name)")
  }

  private func quoteTarget(_ words: String, _ corpus: Corpus) throws -> SpanTarget {
    let quote = try XCTUnwrap(corpus.quotes.first { $0.text.contains(words) })
    let document = try XCTUnwrap(corpus.document(quote.span.document))
    return SpanTarget(document: DocumentTarget(document), text: quote.text)
  }

  private func eventTarget(_ words: String, _ corpus: Corpus) throws -> SpanTarget {
    let event = try XCTUnwrap(corpus.events.first { $0.summary.contains(words) })
    let document = try XCTUnwrap(corpus.document(event.span.document))
    return SpanTarget(
      document: DocumentTarget(document), text: try XCTUnwrap(corpus.text(of: event.span)))
  }

  private func speaker(of words: String, _ corpus: Corpus) -> String? {
    corpus.quotes.first { $0.text.contains(words) }?.speaker.flatMap { corpus.actor($0)?.name }
  }

  func testRename_keepsTheOldNameAsAnAlias() throws {
    let corpus = try load()
    let edit = Edit(
      .rename, actor: ActorTarget(try actor("Elena Marsh", corpus)), value: "E. Marsh")
    let result = Curation.apply([edit], to: corpus)
    XCTAssertEqual(result.applies, [true])
    XCTAssertEqual(try actor("E. Marsh", result.corpus).aliases, ["Elena Marsh"])
    XCTAssertEqual(speaker(of: "reopen", result.corpus), "E. Marsh")
    XCTAssertNotNil(corpus.actors.first { $0.name == "Elena Marsh" }, "the extraction is untouched")
  }

  func testMerge_movesQuotesAndEventsToTheActorJoined() throws {
    let corpus = try load()
    let edit = Edit(
      .merge, actor: ActorTarget(try actor("Tomas Quill", corpus)),
      other: ActorTarget(try actor("Elena Marsh", corpus)))
    let curated = Curation.apply([edit], to: corpus).corpus
    XCTAssertEqual(curated.actors.map(\.name), ["Elena Marsh"])
    XCTAssertEqual(try actor("Elena Marsh", curated).aliases, ["Tomas Quill"])
    XCTAssertEqual(speaker(of: "family", curated), "Elena Marsh")
    let marsh = try actor("Elena Marsh", curated).id
    XCTAssertEqual(curated.index.eventsByActor[marsh]?.count, 2)
  }

  func testSplit_makesTheAliasMentionsAnActorOfTheirOwn() throws {
    let corpus = CorpusLoader().load(paths: []).corpus
    let trump = try actor("Donald Trump", corpus)
    XCTAssertTrue(trump.aliases.contains("Trump"))
    let curated = Curation.apply(
      [Edit(.split, actor: ActorTarget(trump), value: "Trump")], to: corpus)
    XCTAssertEqual(curated.applies, [true])
    let twin = try actor("Trump", curated.corpus)
    XCTAssertFalse(twin.mentions.isEmpty)
    XCTAssertEqual(
      try actor("Donald Trump", curated.corpus).mentions.count + twin.mentions.count,
      trump.mentions.count)
  }

  func testSetCountry_setsAndClearsTheCountry() throws {
    let corpus = try load()
    let target = ActorTarget(try actor("Tomas Quill", corpus))
    let set = Curation.apply([Edit(.setCountry, actor: target, value: "GRC")], to: corpus).corpus
    XCTAssertEqual(try actor("Tomas Quill", set).country, "GRC")
    XCTAssertEqual(set.country("GRC")?.name, "Greece")
    let cleared = Curation.apply(
      [Edit(.setCountry, actor: target, value: "GRC"), Edit(.setCountry, actor: target)], to: corpus
    )
    XCTAssertNil(try actor("Tomas Quill", cleared.corpus).country)
    XCTAssertEqual(EditedCountry.code(for: "greece"), "GRC")
    XCTAssertNil(EditedCountry.code(for: "Atlantis"))
  }

  func testHideActor_removesItAndItsSpeakerships() throws {
    let corpus = try load()
    let curated = Curation.apply(
      [Edit(.hideActor, actor: ActorTarget(try actor("Tomas Quill", corpus)))], to: corpus
    ).corpus
    XCTAssertEqual(curated.actors.map(\.name), ["Elena Marsh"])
    XCTAssertNil(speaker(of: "family", curated))
  }

  func testSpeaker_setsAndClearsTheSpeaker() throws {
    let corpus = try load()
    let quote = try quoteTarget("family", corpus)
    let marsh = ActorTarget(try actor("Elena Marsh", corpus))
    let set = Curation.apply([Edit(.setSpeaker, quote: quote, other: marsh)], to: corpus).corpus
    XCTAssertEqual(speaker(of: "family", set), "Elena Marsh")
    let none = Curation.apply([Edit(.setSpeaker, quote: quote)], to: corpus).corpus
    XCTAssertNil(speaker(of: "family", none))
  }

  func testHideQuote_removesItFromQuotesAndItsEvent() throws {
    let corpus = try load()
    let curated = Curation.apply(
      [Edit(.hideQuote, quote: try quoteTarget("family", corpus))], to: corpus
    ).corpus
    XCTAssertNil(curated.quotes.first { $0.text.contains("family") })
    XCTAssertTrue(curated.events.allSatisfy { $0.quotes.allSatisfy { curated.quote($0) != nil } })
  }

  func testSetDate_redatesAndReordersTheTimeline() throws {
    let corpus = try load()
    let ferry = try eventTarget("Ferry", corpus)
    XCTAssertTrue(corpus.events.last?.summary.contains("Ferry") == true, "undated: last")
    let curated = Curation.apply([Edit(.setDate, event: ferry, value: "2025-02")], to: corpus)
      .corpus
    let first = try XCTUnwrap(curated.events.first)
    XCTAssertTrue(first.summary.contains("Ferry"))
    XCTAssertEqual(first.time.flatMap { curated.time($0) }?.value, "2025-02")
    XCTAssertEqual(first.time.flatMap { curated.time($0) }?.precision, .month)
    let undated = Curation.apply(
      [Edit(.setDate, event: try eventTarget("Harbour", corpus))], to: corpus
    ).corpus
    XCTAssertNil(undated.events.first { $0.summary.contains("Harbour") }?.time)
    XCTAssertNil(EditedDate.precision(of: "2025-02-30"))
    XCTAssertNil(EditedDate.precision(of: "2025-13"))
  }

  func testHideEvent_removesIt() throws {
    let corpus = try load()
    let curated = Curation.apply(
      [Edit(.hideEvent, event: try eventTarget("Ferry", corpus))], to: corpus
    ).corpus
    XCTAssertEqual(curated.events.count, corpus.events.count - 1)
  }

  func testEdits_stillApplyAfterTheArticleGainsAParagraphAndIsExtractedAgain() throws {
    let corpus = try load()
    let edits = [
      Edit(
        .setSpeaker, quote: try quoteTarget("family", corpus),
        other: ActorTarget(try actor("Elena Marsh", corpus))),
      Edit(.setDate, event: try eventTarget("Ferry", corpus), value: "2025-03-01"),
      Edit(.rename, actor: ActorTarget(try actor("Tomas Quill", corpus)), value: "T. Quill"),
    ]
    let changed =
      "Officials opened a new pier on Wednesday.\n\n" + Self.article.split(separator: "---\n").last!
      + "\nThe ferry company said on Friday that \"timetables will change.\"\n"
    let again = try load("---\ndate: 2025-03-14\n---\n" + changed)
    XCTAssertNotEqual(DocumentTarget(again.documents[0]).hash, edits[0].quote?.document.hash)
    let result = Curation.apply(edits, to: again)
    XCTAssertEqual(result.applies, [true, true, true])
    XCTAssertEqual(speaker(of: "family", result.corpus), "Elena Marsh")
    XCTAssertNotNil(result.corpus.actors.first { $0.name == "T. Quill" })
  }

  func testEdits_whoseTargetIsGone_areReportedStale() throws {
    let corpus = try load()
    let edits = [
      Edit(.hideEvent, event: try eventTarget("Ferry", corpus)),
      Edit(.rename, actor: ActorTarget(names: ["Nobody Here"]), value: "X"),
      Edit(
        .hideQuote,
        quote: SpanTarget(document: DocumentTarget(path: "gone.md", hash: "0"), text: "x")),
    ]
    let result = Curation.apply(edits, to: corpus)
    XCTAssertEqual(result.applies, [true, false, false])
    XCTAssertEqual(result.staleCount, 2)
  }
}
