import ChronicleCore
import XCTest

/// Every TIMEX value a person reads gets a human label.
final class TimeLabelTests: XCTestCase {
  func testLabels_ofEveryPrecision() {
    let expected: [(String, String)] = [
      ("197", "1970s"), ("19", "20th century"), ("2016", "2016"), ("2016-10", "Oct 2016"),
      ("2016-Q4", "Q4 2016"), ("2016-H1", "H1 2016"), ("2016-SU", "summer 2016"),
      ("2015-FA", "fall 2015"), ("2016-W41", "week of 10 Oct 2016"),
      ("2016-W42-WE", "weekend 22–23 Oct 2016"), ("2016-W17-WE", "weekend 30 Apr–1 May 2016"),
      ("2016-W52-WE", "weekend 31 Dec 2016–1 Jan 2017"), ("2025-05-09", "9 May 2025"),
      ("2025-05-08TNI", "8 May 2025 night"),
      // A day the month does not have leaves the month; a year keeps its digits as written.
      ("2016-02-30", "Feb 2016"), ("0999", "0999"),
    ]
    for (value, label) in expected {
      XCTAssertEqual(TimeLabel.text(value: value, anchor: nil), label, value)
    }
  }

  func testReferences_hangOnTheAnchor() {
    let published = CalendarDate(iso: "2025-05-09")
    XCTAssertEqual(TimeLabel.text(value: "PRESENT_REF", anchor: published), "around 9 May 2025")
    XCTAssertEqual(TimeLabel.text(value: "PAST_REF", anchor: published), "before 9 May 2025")
    XCTAssertEqual(TimeLabel.text(value: "FUTURE_REF", anchor: published), "after 9 May 2025")
    XCTAssertEqual(TimeLabel.text(value: "PRESENT_REF", anchor: nil), "now")
  }

  func testUnknownValues_fallBackToThePhrase() {
    XCTAssertNil(TimeLabel.text(value: "P2Y", anchor: nil))
    XCTAssertNil(TimeLabel.text(value: "2025-13", anchor: nil))
    XCTAssertNil(TimeLabel.text(value: "2025-00-10", anchor: nil))
    // An empty field is a field: "2016--10" is no month.
    XCTAssertNil(TimeLabel.text(value: "2016--10", anchor: nil))
    XCTAssertNil(TimeLabel.text(value: "２０１６-10", anchor: nil))
    let time = TimeExpression(
      id: "t1", text: "earlier this week", value: nil, precision: .week,
      span: TextSpan(document: "d1", paragraph: 0, start: 0, end: 17))
    XCTAssertEqual(time.label, "earlier this week")
  }

  func testExtractedNow_isLabelledAtThePublicationDate() throws {
    let corpus = extract("Prices are now higher, Ann Lee said.", published: "2025-05-09")
    let now = try XCTUnwrap(corpus.times.first)
    XCTAssertEqual(now.value, "PRESENT_REF")
    XCTAssertEqual(now.label, "around 9 May 2025")
    XCTAssertEqual(now.sortDate, CalendarDate(iso: "2025-05-09"))
  }
}

/// One invented article through the whole extractor.
func extract(_ body: String, published: String?) -> Corpus {
  let document = Document(
    id: "d1", path: "invented.md", title: nil, published: published.flatMap(CalendarDate.init(iso:)),
    paragraphs: ParagraphSplitter.paragraphs(of: Array(body.unicodeScalars)[...]))
  return DocumentExtractor().extract(document)
}
