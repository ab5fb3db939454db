import ChronicleCore
import Foundation
import XCTest

/// Reading `chronicle/1` back: a saved corpus must reopen exactly as it was written, and a
/// broken one must say what is wrong.
final class CorpusDecoderTests: XCTestCase {
  private func decode(_ json: String) throws -> Corpus {
    try CorpusDecoder.decode(Data(json.utf8))
  }

  private func failure(_ json: String) -> String? {
    do {
      _ = try decode(json)
      return nil
    } catch {
      return (error as? CorpusDecoder.Failure)?.description
    }
  }

  private let minimal = """
    {"format":"chronicle/1","documents":[],"actors":[],"countries":[],"times":[],"quotes":[],"events":[]}
    """

  func testSample_roundTripsByteForByte() throws {
    let json = CorpusJSON.encode(CorpusLoader().load(paths: []).corpus)
    XCTAssertEqual(CorpusJSON.encode(try decode(json)), json)
  }

  /// `jq .` or `python -m json.tool` output: white space around every colon and comma.
  func testPrettyPrintedExport_readsTheSame() throws {
    let json = CorpusJSON.encode(CorpusLoader().load(paths: []).corpus)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
    XCTAssertEqual(CorpusJSON.encode(try CorpusDecoder.decode(pretty)), json)
  }

  func testEscapes_andUnicode_roundTrip() throws {
    let text = "He said \"no\" \\ then\ttabbed\u{1}, caf\u{E9} \u{1F600} \u{2019}"
    let corpus = Corpus(
      documents: [
        Document(id: "d1", path: "a \"b\".txt", title: nil, published: CalendarDate(iso: "2025-05-09"),
          paragraphs: [Paragraph(index: 0, kind: .heading, text: text)])
      ], actors: [], countries: [], places: [], times: [], quotes: [], events: [])
    let json = CorpusJSON.encode(corpus)
    let back = try decode(json)
    XCTAssertEqual(back.documents, corpus.documents)
    XCTAssertEqual(CorpusJSON.encode(back), json)
  }

  func testEscapesWrittenByOtherTools_areRead() throws {
    let json = minimal.replacingOccurrences(
      of: "\"documents\":[]",
      with: #""documents":[{"id":"d1","paragraphs":[{"index":0,"text":"\u00e9\ud83d\ude00\/\n"}]}]"#)
    XCTAssertEqual(try decode(json).documents.first?.paragraphs.first?.text, "\u{E9}\u{1F600}/\n")
  }

  func testWhitespaceUnknownKeysAndNulls_areAccepted() throws {
    let json = """
      { "format" : "chronicle/1", "extra": {"a": [1, 2.5e3, true, null]},
        "documents": [ {"id": "d1", "title": null, "path": 3, "paragraphs": [] } ],
        "actors": [], "countries": [], "times": [], "quotes": [], "events": [] }
      """
    let document = try XCTUnwrap(try decode(json).documents.first)
    XCTAssertNil(document.title)
    XCTAssertEqual(document.path, "")
  }

  func testProblems_areNamed() {
    XCTAssertEqual(failure("[]"), "not a JSON object")
    XCTAssertEqual(failure(#"{"format":"other"}"#), "not a chronicle/1 export (no \"format\" field)")
    XCTAssertEqual(
      failure(minimal.replacingOccurrences(of: "\"actors\":[]", with: "\"actors\":{}")),
      "missing or malformed \"actors\" list")
    XCTAssertEqual(
      failure(minimal.replacingOccurrences(of: "\"times\":[]", with: #""times":[{"id":"t1"}]"#)),
      "missing \"text\"")
    XCTAssertEqual(failure(minimal + "x")?.hasPrefix("not valid JSON"), true)
    XCTAssertEqual(failure(#"{"format":"chronicle/1""#)?.hasPrefix("not valid JSON"), true)
    XCTAssertEqual(failure(#"{"format":"\ud800"}"#)?.hasPrefix("not valid JSON"), true)
  }
}
