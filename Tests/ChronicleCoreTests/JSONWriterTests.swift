import ChronicleCore
import Foundation
import XCTest

/// Strings written by `JSONWriter` read back unchanged, whatever needs an escape and wherever
/// it falls (the writer scans eight bytes at a time).
final class JSONWriterTests: XCTestCase {
  func testStrings_roundTripThroughAJSONParser() throws {
    let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "é", "—", "日", "👍🏽", "/"]
    var generator = SystemRandomNumberGenerator()
    for length in 0..<40 {
      for _ in 0..<20 {
        let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var w = JSONWriter()
        w.beginArray()
        w.string(text)
        w.endArray()
        let parsed = try JSONSerialization.jsonObject(with: Data(w.utf8)) as? [String]
        XCTAssertEqual(parsed, [text], w.output)
        XCTAssertFalse(w.utf8.contains { $0 < 0x20 || $0 == 0x7F }, "raw control byte in \(w.output)")
      }
    }
  }

  func testEscapes_areTheShortFormsAndLowerCaseHex() {
    var w = JSONWriter()
    w.string("ab\"cd\\ef\ngh\u{7F}ij\u{01}")
    XCTAssertEqual(w.output, #""ab\"cd\\ef\ngh\u007fij\u0001""#)
  }

  func testKeysAndFields_writeNameColonValueWithCommasBetween() {
    var w = JSONWriter()
    w.beginObject()
    w.field("id", "a1")
    w.field("start", 12)
    w.field("aliases", strings: ["Hillary", "H. R. C."])
    w.key("span")
    w.beginObject()
    w.field("end", -3)
    w.endObject()
    w.field("speaker", nil)
    w.endObject()
    XCTAssertEqual(
      w.output, #"{"id":"a1","start":12,"aliases":["Hillary","H. R. C."],"span":{"end":-3},"speaker":null}"#)
  }

  func testIntegers_areWrittenInDecimalAtBothEndsOfTheirRange() {
    var w = JSONWriter()
    w.beginArray()
    for n in [0, 7, 10, 99, 100, -1, -10, 1_234_567, Int.max, Int.min] { w.int(n) }
    w.endArray()
    XCTAssertEqual(
      w.output, "[0,7,10,99,100,-1,-10,1234567,\(Int.max),\(Int.min)]")
  }

  func testStreamingWriter_handsOnPiecesThatAddUpToTheWholeText() {
    func write(_ w: inout JSONWriter) {
      w.beginObject()
      w.key("mentions")
      w.beginArray()
      for n in 0..<500 {
        w.beginObject()
        w.field("document", "d\(n)")
        w.field("start", n)
        w.endObject()
      }
      w.endArray()
      w.endObject()
    }
    var whole = JSONWriter()
    write(&whole)
    var pieces: [[UInt8]] = []
    var streaming = JSONWriter(handingOnAt: 256) { pieces.append($0) }
    write(&streaming)
    streaming.flush()
    XCTAssertEqual(pieces.flatMap { $0 }, whole.utf8)
    XCTAssertGreaterThan(pieces.count, 10, "one record, handed on in pieces")
    XCTAssertLessThan(pieces.map(\.count).max() ?? 0, 300, "no piece much over the limit")
  }
}
