import ChronicleCore
import ChronicleUI
import XCTest

final class MouseTests: XCTestCase {
  private func send(_ h: Harness, _ event: MouseEvent) {
    if let command = event.command(in: h.state) { h.app.send(command) }
    h.app.draw(on: h.screen)
  }

  func testClick_focusesThePaneAndSelectsTheRow() throws {
    let h = Harness(width: 120, height: 40)
    let quotes = try XCTUnwrap(h.state.layout.content(.quotes))
    send(h, MouseEvent(.leftClick, row: quotes.row + 2, col: quotes.col + 3))
    XCTAssertEqual(h.state.focus, .quotes)
    XCTAssertEqual(h.state.cursor(.quotes).row, 2)
  }

  func testClick_belowTheLastRowOnlyFocuses() throws {
    let h = Harness(width: 120, height: 40)
    let quotes = try XCTUnwrap(h.state.layout.content(.quotes))
    send(h, MouseEvent(.leftClick, row: quotes.row + 10, col: quotes.col + 3))
    XCTAssertEqual(h.state.focus, .quotes)
    XCTAssertEqual(h.state.cursor(.quotes).row, 0)
  }

  func testClick_onATabFocusesItsPane() throws {
    let h = Harness(width: 70, height: 20)
    let tabs = h.lines[0]
    let label = try XCTUnwrap(tabs.range(of: "3 Quotes"))
    let col = tabs.distance(from: tabs.startIndex, to: label.lowerBound)
    send(h, MouseEvent(.leftClick, row: 0, col: col))
    XCTAssertEqual(h.state.focus, .quotes)
    XCTAssertTrue(h.text.contains("We are ready"))
  }

  func testWheel_scrollsThePaneUnderThePointer() throws {
    let h = Harness(width: 120, height: 40)
    let actors = try XCTUnwrap(h.state.layout.content(.actors))
    send(h, MouseEvent(.wheelDown, row: actors.row, col: actors.col))
    XCTAssertEqual(h.state.focus, .actors)
    XCTAssertEqual(h.state.cursor(.actors).row, MouseEvent.wheelLines)
    send(h, MouseEvent(.wheelUp, row: actors.row, col: actors.col))
    XCTAssertEqual(h.state.cursor(.actors).row, 0)
  }

  func testClick_closesHelpAndIsIgnoredWhileTyping() {
    let h = Harness()
    h.press(.char("?"))
    send(h, MouseEvent(.leftClick, row: 5, col: 5))
    XCTAssertFalse(h.state.isHelpShown)
    h.press(.char(":"))
    XCTAssertNil(MouseEvent(.leftClick, row: 5, col: 5).command(in: h.state))
  }
}
