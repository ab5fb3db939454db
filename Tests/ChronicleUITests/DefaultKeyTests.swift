import ChronicleCore
import ChronicleUI
import XCTest

/// One test per group of default keys, each asserting what a person would see change.
final class DefaultKeyTests: XCTestCase {
  func testKeys_everyActionHasADefaultKey() {
    for action in Action.allCases {
      XCTAssertFalse(Keymap.standard.keys(for: action).isEmpty, "\(action) has no default key")
    }
  }

  func testKeys_qQuitsAndColonQToo() {
    let h = Harness()
    h.press(.char("q"))
    XCTAssertTrue(h.app.isFinished)
    let other = Harness()
    other.type(":q\n")
    XCTAssertTrue(other.app.isFinished)
  }

  func testKeys_questionMarkShowsHelpGeneratedFromTheKeymap() {
    let h = Harness()
    h.press(.char("?"))
    for action in Action.allCases.prefix(10) {
      XCTAssertTrue(h.text.contains(action.description), "help lacks \(action)")
    }
    XCTAssertTrue(h.text.contains("Ctrl-D"))
    h.press(.char("j"))
    XCTAssertEqual(h.state.helpScroll, 1, "j scrolls the help")
    h.press(.char("?"))
    XCTAssertFalse(h.state.isHelpShown)
    XCTAssertFalse(h.text.contains(Action.halfPageDown.description))
  }

  func testKeys_tabShiftTabAndDigitsMoveFocus() {
    let h = Harness()
    h.press(.tab)
    XCTAssertEqual(h.state.focus, .actors)
    XCTAssertTrue(h.text.contains("▶ Actors"))
    h.press(.backTab, .backTab)
    XCTAssertEqual(h.state.focus, .source)
    for (digit, pane) in zip("1234", Pane.allCases) {
      h.press(.char(digit))
      XCTAssertEqual(h.state.focus, pane)
      XCTAssertTrue(h.text.contains("▶ \(pane.title)"))
    }
  }

  func testKeys_movementKeysMoveTheCursor() {
    let h = Harness()
    h.press(.char("j"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 1)
    h.press(.down)
    XCTAssertEqual(h.state.cursor(.timeline).row, 2)
    h.press(.char("k"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 1)
    h.press(.up)
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.char("G"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 4, "four events and the Undated header")
    h.press(.char("g"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.end)
    XCTAssertEqual(h.state.cursor(.timeline).row, 4)
    h.press(.home)
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.pageDown)
    XCTAssertEqual(h.state.cursor(.timeline).row, 4)
    h.press(.pageUp)
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.ctrl("d"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 4)
    h.press(.ctrl("u"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.char(" "))
    XCTAssertEqual(h.state.cursor(.timeline).row, 4)
    h.press(.char("k"))
    XCTAssertEqual(h.roles(of: "Bob on stalled talks").map(Set.init), [.selection])
  }

  func testKeys_pagingScrollsALongList() {
    let corpus = LongCorpus.make(events: 100)
    let h = Harness(width: 120, height: 40, corpus: corpus)
    h.press(.pageDown)
    let page = Layout.visibleRows(.timeline, size: Size(width: 120, height: 40))
    XCTAssertEqual(h.state.cursor(.timeline).row, page)
    XCTAssertTrue(h.text.contains("event number \(page)"))
    XCTAssertFalse(h.text.contains("event number 0 "))
    h.press(.ctrl("u"))
    XCTAssertEqual(h.state.cursor(.timeline).row, page - page / 2)
  }

  func testKeys_slashNAndShiftNSearch() {
    let h = Harness()
    h.type("/bob\n")
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
    h.press(.char("n"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 3, "after the Undated header")
    h.press(.char("N"))
    XCTAssertEqual(h.state.cursor(.timeline).row, 0)
  }

  func testKeys_colonOpensTheCommandLine() {
    let h = Harness()
    h.press(.char(":"), .char("t"), .backspace, .char("x"))
    XCTAssertTrue(h.lines.last?.hasPrefix(":x") ?? false)
    h.press(.enter)
    XCTAssertTrue(h.text.contains("unknown command :x"))
  }

  func testKeys_enterEscUndoAndClear() {
    let h = Harness()
    h.press(.enter)
    XCTAssertEqual(h.state.focus, .source)
    h.press(.escape)
    XCTAssertEqual(h.state.focus, .timeline)
    h.press(.char("2"), .char("j"), .enter)
    XCTAssertEqual(h.state.filters.count, 1)
    h.press(.char("u"))
    XCTAssertEqual(h.state.filters.count, 0)
    h.press(.enter, .char("x"))
    XCTAssertEqual(h.state.filters.count, 0)
  }

  func testKeys_sourcePaneScrollsWithJK() {
    let long = String(repeating: "word ", count: 400)
    let corpus = LongCorpus.make(events: 1, paragraph: long)
    let h = Harness(width: 60, height: 12, corpus: corpus)
    h.press(.enter)
    XCTAssertEqual(h.state.focus, .source)
    h.press(.char("j"), .char("j"))
    XCTAssertEqual(h.state.cursor(.source).scroll, 2)
    h.press(.char("G"))
    XCTAssertGreaterThan(h.state.cursor(.source).scroll, 2)
    h.press(.char("g"))
    XCTAssertEqual(h.state.cursor(.source).scroll, 0)
  }

  func testKeys_themeCommandSwitchesTheme() {
    let h = Harness()
    h.type(":theme light\n")
    XCTAssertEqual(h.app.theme.name, "light")
    XCTAssertEqual(h.screen.theme?.name, "light")
    h.type(":theme nosuch\n")
    XCTAssertTrue(h.text.contains("no such theme"))
    XCTAssertEqual(h.app.theme.name, "light")
  }

  func testKeys_customKeymapRebinds() throws {
    let keymap = try Keymap.load(toml: "[keys]\nz = \"quit\"\n", file: "k.toml")
    let h = Harness(keymap: keymap)
    h.press(.char("z"))
    XCTAssertTrue(h.app.isFinished)
  }
}

/// Corpora with many events or a long paragraph, for paging and scrolling.
enum LongCorpus {
  static func make(events count: Int, paragraph: String = "A paragraph.") -> Corpus {
    let document = Document(
      id: "d1", path: "long.md", title: "Long", published: nil,
      paragraphs: [Paragraph(index: 0, kind: .text, text: paragraph)])
    let span = TextSpan(document: "d1", paragraph: 0, start: 0, end: 1)
    let events = (0..<count).map {
      Event(
        id: "e\($0)", time: nil, summary: "event number \($0) ", actors: [], countries: [],
        quotes: [], span: span)
    }
    return Corpus(
      documents: [document], actors: [], countries: [], places: [], times: [], quotes: [],
      events: events)
  }
}
