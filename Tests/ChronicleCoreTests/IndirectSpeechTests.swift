  /// A topic someone talks about is reported.
  func testTopicOfTalk() {
    XCTAssertEqual(
      indirect("Ellen Marsh talked about the cost of the new bridge."),
      ["Ellen Marsh: the cost of the new bridge"])
    XCTAssertEqual(
      indirect("The council was referring to the cost of the new bridge."),
      ["-: the cost of the new bridge"])
  }

  /// '“…,” Doe told CNN.': a verb of telling after a quotation reports the quotation; the
  /// one told is no content. With "that", what follows is.
  func testAddresseeAfterAQuotationIsNoContent() {
    XCTAssertEqual(indirect("“The bridge will open in May,” Ellen Marsh told the Daily Courier."), [])
    XCTAssertEqual(
      indirect("Ellen Marsh told the Daily Courier that the bridge would open in May."),
      ["Ellen Marsh: the bridge would open in May"])
  }
}
