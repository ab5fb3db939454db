import ChronicleCore
import Foundation
import XCTest

/// The streamed `chronicle/1` export of a merge: the same bytes as merging in memory and then
/// writing, with the events in timeline order although they were spilled in reading order.
final class CorpusJSONStreamTests: XCTestCase {
  /// Articles whose dates run backwards, so timeline order differs from reading order; one
  /// without any event; names shared across articles so actors merge; some that name Rubio
  /// by his surname alone, so their quotes' speaker is settled only at the end.
  private func parts(count: Int) -> [Corpus] {
    (0..<count).map { n in
      let day = 28 - n % 28
      let text = n % 7 == 3
        ? "A quiet paragraph without dates or quotes.\n"
        : n % 5 == 1
        ? "On March \(day), Rubio said the talks \"went well\" and that he would go back.\n"
        : """
          ---
          date: 2024-03-\(String(format: "%02d", day))
          ---
          On Monday, Secretary of State Marco Rubio said the talks "will resume soon" in \
          Geneva. Prime Minister Ana Costa of Portugal said on March \(day) that she agreed.\n
          """
      let (document, _) = DocumentReader().read(SourceText(path: "a\(n).txt", text: text), id: "d1")
      return DocumentExtractor().extract(document)
    }
  }

  private func streamed(_ parts: [Corpus]) throws -> [UInt8] {
    var bytes: [UInt8] = []
    let stream = try CorpusJSONStream { bytes += $0 }
    for part in parts { stream.add(part) }
    try stream.finish()
    return bytes
  }

  func testStream_writesTheSameBytesAsMergingInMemory() throws {
    for count in [0, 1, 2, 90] {
      let parts = self.parts(count: count)
      let expected = CorpusJSON.encodeLine(CorpusMerger().merge(parts))
      XCTAssertEqual(try streamed(parts), expected, "\(count) parts")
    }
  }

  /// A saved export's mention may name a document the part does not hold: it keeps that id
  /// as written, and one id is one document however its mentions came (an earlier part's
  /// stray "d2" sorts with the second part's own "d2" when "Costa" joins "Ana Costa").
  func testStream_keepsAMentionOfADocumentThePartDoesNotHold() throws {
    func part(_ name: String, actor: String, mentioning documents: [String]) -> Corpus {
      let document = Document(
        id: "d1", path: "\(name).txt", title: nil, published: nil,
        paragraphs: [Paragraph(index: 0, kind: .text, text: "Ana Costa spoke.")])
      let mentions = documents.map { TextSpan(document: $0, paragraph: 0, start: 0, end: 9) }
      let record = Actor(id: "a1", name: actor, kind: .person, mentions: mentions)
      return Corpus(
        documents: [document], actors: [record], countries: [], places: [], times: [], quotes: [],
        events: [])
    }
    let parts = [
      part("first", actor: "Ana Costa", mentioning: ["d1", "d2", "d9"]),
      part("second", actor: "Costa", mentioning: ["d1"]),
    ]
    let bytes = try streamed(parts)
    XCTAssertEqual(bytes, CorpusJSON.encodeLine(CorpusMerger().merge(parts)))
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let actors = try XCTUnwrap(object["actors"] as? [[String: Any]])
    XCTAssertEqual(actors.count, 1)
    let mentions = try XCTUnwrap(actors.first?["mentions"] as? [[String: Any]])
    XCTAssertEqual(mentions.map { $0["document"] as? String }, ["d1", "d2", "d2", "d9"])
  }

  func testStream_ordersEventsAsATimeline() throws {
    let json = try JSONSerialization.jsonObject(with: Data(try streamed(parts(count: 90))))
    let object = try XCTUnwrap(json as? [String: Any])
    let times = try XCTUnwrap(object["times"] as? [[String: Any]])
    let events = try XCTUnwrap(object["events"] as? [[String: Any]])
    let value = Dictionary(uniqueKeysWithValues: times.compactMap { time in
      (time["value"] as? String).map { (time["id"] as? String ?? "", $0) }
    })
    let dated = events.compactMap { ($0["time"] as? String).flatMap { value[$0] } }
    XCTAssertGreaterThan(dated.count, 64, "enough events to read the spill in several stretches")
    XCTAssertEqual(dated.map { String($0.prefix(10)) }, dated.map { String($0.prefix(10)) }.sorted())
    XCTAssertEqual(events.map { $0["id"] as! String }, (1...events.count).map { "e\($0)" })
    let actors = try XCTUnwrap(object["actors"] as? [[String: Any]])
    let rubios = actors.filter { ($0["name"] as? String) == "Marco Rubio" }
    XCTAssertEqual(rubios.count, 1, "one actor across all the articles")
    let costa = try XCTUnwrap(actors.first { ($0["name"] as? String) == "Ana Costa" })
    let speakers = try XCTUnwrap(object["quotes"] as? [[String: Any]]).compactMap {
      $0["speaker"] as? String
    }
    XCTAssertGreaterThan(speakers.count, 90)
    // Rubio's quotes, the surname-only ones included, and Costa's "said … that she agreed".
    XCTAssertEqual(
      Set(speakers), [rubios[0]["id"] as? String, costa["id"] as? String],
      "surname-only quotes included")
  }
}
