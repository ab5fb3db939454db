import ChronicleCore
import ChronicleUI
import XCTest

final class TextSafetyTests: XCTestCase {
  func testWide_cjkAndEmojiTakeTwoCellsAndAreNeverSplit() {
    var grid = CellGrid(size: Size(width: 10, height: 1))
    let clip = Rect(row: 0, col: 0, width: 5, height: 1)
    let end = grid.write("a你好世", row: 0, col: 0, role: .normal, clip: clip)
    XCTAssertEqual(end, 5)
    XCTAssertEqual(grid.line(0), "a你好     ")
    XCTAssertEqual(grid[0, 1].width, 2)
    XCTAssertTrue(grid[0, 2].isContinuation)
    grid.write("🎉x", row: 0, col: 8, role: .normal)
    XCTAssertEqual(grid[0, 8].text, "🎉")
    XCTAssertTrue(grid[0, 9].isContinuation)
    grid.write("ab🎉", row: 0, col: 7, role: .normal)
    XCTAssertEqual(grid[0, 9].text, " ", "an emoji that does not fit is replaced, not split")
  }

  func testWide_renderedScreensNeverSplitAtAnyWidth() {
    for width in 40...70 {
      let h = Harness(width: width, height: 14)
      h.press(.char("3"), .char("G"))
      assertWellFormed(h.screen.frame, "width \(width)")
      XCTAssertTrue(h.text.contains("你") || h.text.contains("Zhang"))
    }
    let wide = Harness(width: 121, height: 41)
    wide.press(.char("G"))
    assertWellFormed(wide.screen.frame, "wide")
    XCTAssertTrue(wide.text.contains("你好世界"))
    XCTAssertTrue(wide.text.contains("🎉"))
  }

  func testWide_displayWidthOfMixedText() {
    XCTAssertEqual("abc".displayWidth, 3)
    XCTAssertEqual("你好".displayWidth, 4)
    XCTAssertEqual("🎉".displayWidth, 2)
    XCTAssertEqual("e\u{301}".displayWidth, 1)
  }

  func testControl_charactersAreDrawnAsPlaceholders() {
    let h = Harness()
    h.press(.char("4"))
    h.type("/Control\n")
    XCTAssertTrue(h.text.contains("Control ␛[31m text �reversed"))
    let raw = h.screen.frame.cells.map(\.text).joined()
    XCTAssertFalse(raw.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
  }

  func testControl_sanitizerCoversC0C1DelAndBidi() {
    var grid = CellGrid(size: Size(width: 8, height: 1))
    grid.write("\u{7}\u{7F}\u{85}\u{2066}\u{200F}\t", row: 0, col: 0, role: .normal)
    XCTAssertEqual(grid.line(0), "␇␡���   ")
  }

  func testControl_noUnsafeScalarEverReachesACell() {
    let unsafe = Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x061C, 0x200E, 0x200F]
      + Array(0x202A...0x202E) + Array(0x2066...0x2069)
    for value in unsafe {
      let scalar = Unicode.Scalar(UInt32(value))!
      var grid = CellGrid(size: Size(width: 12, height: 1))
      // Alone, after a base letter (one grapheme cluster with it), and inside an escape.
      grid.write("x\(scalar)e\u{301}\(scalar)\u{1B}]0;T\u{7}", row: 0, col: 0, role: .normal)
      let drawn = grid.line(0).unicodeScalars
      XCTAssertFalse(drawn.contains { TextSanitizer.isUnsafe($0) }, "U+\(String(value, radix: 16))")
    }
  }

  /// Every two-cell character has its continuation right after it, and no continuation is
  /// orphaned.
  private func assertWellFormed(
    _ grid: CellGrid, _ label: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    for row in 0..<grid.size.height {
      for col in 0..<grid.size.width {
        let cell = grid[row, col]
        if cell.width == 2 {
          XCTAssertTrue(
            col + 1 < grid.size.width && grid[row, col + 1].isContinuation,
            "\(label) row \(row) col \(col)", file: file, line: line)
        }
        if cell.isContinuation {
          XCTAssertTrue(
            col > 0 && grid[row, col - 1].width == 2, "\(label) orphan at \(row),\(col)",
            file: file, line: line)
        }
      }
    }
  }
}
