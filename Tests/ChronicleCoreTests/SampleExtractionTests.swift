import ChronicleCore
import XCTest

/// The built-in sample, end to end through the public loader: what issue 3 says it must show.
final class SampleExtractionTests: XCTestCase {
  private static let corpus = CorpusLoader().load(paths: []).corpus
  private var corpus: Corpus { Self.corpus }

  private func actor(_ surname: String) throws -> Actor {
    let matches = corpus.actors.filter { $0.name.hasSuffix(surname) }
    XCTAssertEqual(matches.count, 1, "exactly one actor named \(surname)")
    return try XCTUnwrap(matches.first)
  }

  func testDocument_hasPublicationDateParagraphsAndHeadings() throws {
    let document = try XCTUnwrap(corpus.documents.first)
    XCTAssertEqual(document.published?.description, "2025-05-09")
    XCTAssertEqual(document.paragraphs.count, 21)
    XCTAssertEqual(document.paragraphs.filter { $0.kind == .heading }.count, 6)
    XCTAssertFalse(document.paragraphs.contains { $0.text == "Login" })
  }

  func testActors_haveTitlesCountriesAndMergedSurnames() throws {
    let expected: [(String, String, String)] = [
      ("Karoline Leavitt", "White House Press Secretary", "USA"),
      ("Donald Trump", "President", "USA"),
      ("Marco Rubio", "Secretary of State", "USA"),
      ("J.D. Vance", "Vice President", "USA"),
      ("S. Jaishankar", "External Affairs Minister", "IND"),
      ("Shehbaz Sharif", "Prime Minister", "PAK"),
    ]
    for (name, title, country) in expected {
      let a = try actor(String(name.split(separator: " ").last!))
      XCTAssertEqual(a.name, name)
      XCTAssertEqual(a.title, title, name)
      XCTAssertEqual(a.country, country, name)
      XCTAssertEqual(a.kind, .person)
    }
    XCTAssertEqual(corpus.actors.filter { $0.kind == .person }.count, expected.count)
    XCTAssertTrue(try actor("Rubio").mentions.count >= 5, "surname mentions merged into Rubio")
  }

  func testCountriesAndPlaces() {
    XCTAssertEqual(Set(corpus.countries.map(\.code)), ["IND", "PAK", "USA", "CHN"])
    let places = Set(corpus.places.map(\.name))
    XCTAssertTrue(places.isSuperset(of: ["Kashmir", "South Asia", "Pahalgam"]), "\(places)")
    XCTAssertTrue(corpus.places.contains { $0.aliases.contains("PoK") })
  }

  func testDirectQuotes_haveSpeakersAndExactSpans() throws {
    let direct = corpus.quotes.filter { $0.kind == .direct }
    XCTAssertEqual(direct.count, 3)
    let expected = [
      ("as quickly as possible", "Leavitt"),
      ("fundamentally none of our business", "Vance"),
      ("counter any attempts by Pakistan to escalate the situation", "Jaishankar"),
    ]
    for (text, speaker) in expected {
      let quote = try XCTUnwrap(direct.first { $0.text == text }, text)
      XCTAssertEqual(quote.speaker, try actor(speaker).id, text)
      let paragraph = try XCTUnwrap(corpus.paragraph(quote.span.location))
      let scalars = Array(paragraph.text.unicodeScalars)
      let selected = String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end]))
      XCTAssertEqual(selected, text)
    }
  }

  func testIndirectStatements_areAttributed() throws {
    let indirect = corpus.quotes.filter { $0.kind == .indirect }
    func said(_ surname: String, in paragraph: Int) throws -> [Quote] {
      let id = try actor(surname).id
      return indirect.filter { $0.speaker == id && $0.span.paragraph == paragraph }
    }
    XCTAssertFalse(try said("Leavitt", in: 1).isEmpty)
    XCTAssertTrue(try said("Leavitt", in: 4).contains { $0.cue == "According to" })
    XCTAssertFalse(try said("Vance", in: 6).isEmpty)
    XCTAssertGreaterThanOrEqual(try said("Rubio", in: 9).count, 2)
    XCTAssertFalse(try said("Jaishankar", in: 10).isEmpty)
  }

  func testTimes_resolveAgainstPublicationDate() {
    let values = corpus.times.map { ($0.text, $0.value) }
    func value(_ text: String) -> [String?] { values.filter { $0.0 == text }.map(\.1) }
    XCTAssertEqual(value("April 22"), ["2025-04-22"])
    XCTAssertEqual(value("earlier this week"), ["2025-W19"])
    XCTAssertEqual(value("Friday"), ["2025-05-09"])
    XCTAssertEqual(value("Thursday"), ["2025-05-08", "2025-05-08"])
  }

  func testEvents_areOrderedFromPahalgamAndCarryActors() throws {
    let first = try XCTUnwrap(corpus.events.first)
    XCTAssertEqual(first.time.flatMap { corpus.time($0) }?.value, "2025-04-22")
    let dates = corpus.events.compactMap { $0.time.flatMap { corpus.time($0)?.sortDate } }
    XCTAssertEqual(dates, dates.sorted())
    let calls = try XCTUnwrap(
      corpus.events.first { $0.span.paragraph == 9 && $0.summary.contains("spoke separately") })
    XCTAssertEqual(calls.time.flatMap { corpus.time($0) }?.value, "2025-05-08")
    let names = Set(calls.actors.compactMap { corpus.actor($0)?.name })
    XCTAssertEqual(names, ["Marco Rubio", "S. Jaishankar", "Shehbaz Sharif"])
  }

  func testExport_isChronicleOneJSON() throws {
    let json = CorpusJSON.encode(corpus)
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    XCTAssertEqual(object["format"] as? String, "chronicle/1")
    for key in ["documents", "actors", "countries", "places", "times", "quotes", "events"] {
      XCTAssertNotNil(object[key] as? [Any], key)
    }
  }
}
