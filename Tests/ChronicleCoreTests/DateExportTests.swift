import ChronicleCore
import Foundation
import XCTest

/// Human date labels in the CSV, Markdown and TimelineJS exports.
final class DateExportTests: XCTestCase {
  private var corpus: Corpus {
    extract(
      """
      Ann Lee spoke on Monday. "We are ready," she said.

      Prices are now higher, Bob Day said. Sales rose in the 1970s, he said.

      "Nothing is settled," Bob Day said.

      Critics met last week, Carl Roe said.

      "It is over," Ann Lee said.
      """, published: "2016-10-12")
  }

  func testCSV_addsEventLabelAndKeepsTheTimexValue() {
    let lines = CorpusCSV.encode(corpus).components(separatedBy: "\r\n")
    XCTAssertTrue(lines[0].hasPrefix("event_id,event_date,event_label,date_precision,"))
    XCTAssertTrue(lines.contains { $0.contains(",2016-10-10,10 Oct 2016,day,") }, "\(lines)")
    XCTAssertTrue(lines.contains { $0.contains(",197,1970s,decade,") }, "\(lines)")
    XCTAssertTrue(lines.contains { $0.contains(",PRESENT_REF,around 12 Oct 2016,unknown,") }, "\(lines)")
  }

  func testMarkdown_oneHeadingPerLabel() {
    let markdown = CorpusMarkdown.encode(corpus)
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
    XCTAssertEqual(headings.count, Set(headings).count, "\(headings)")
    XCTAssertEqual(headings.last, "## Undated")
    XCTAssertTrue(headings.contains("## week of 3 Oct 2016"), "\(headings)")
    XCTAssertTrue(headings.contains("## around 12 Oct 2016"), "\(headings)")
    XCTAssertFalse(markdown.contains("PRESENT_REF"))
  }

  func testTimelineJS_labelsDatesAndCountsWhatItWrites() throws {
    let json = CorpusTimelineJS.encode(corpus)
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let events = try XCTUnwrap(object["events"] as? [[String: Any]])
    let title = ((object["title"] as? [String: Any])?["text"] as? [String: Any])?["text"] as? String
    XCTAssertEqual(title, "1 documents, \(events.count) dated events")
    let shown = events.compactMap { ($0["start_date"] as? [String: Any])?["display_date"] as? String }
    XCTAssertTrue(shown.contains("around 12 Oct 2016"), "\(shown)")
    XCTAssertTrue(shown.contains("1970s"), "\(shown)")
  }
}
