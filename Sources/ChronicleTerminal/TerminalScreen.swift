import CNcurses
import ChronicleUI
import Glibc

/// The ncurses `Screen`: owns the terminal between `init` and `close`, and blits frames cell
/// by cell with wide-character calls (`setcchar` + `mvadd_wch`).
public final class TerminalScreen: Screen {
  public private(set) var size: Size
  public let colorMode: ColorMode
  private var pairs = ColorPairs()
  private var isOpen = true

  /// Puts the terminal in explorer mode; `nil` when it cannot be driven (no terminfo entry).
  public init?(allowColor: Bool) {
    setlocale(LC_ALL, "")
    guard chronicle_newterm() != nil else { return nil }
    cbreak()
    noecho()
    nonl()
    let window = chronicle_stdscr()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    if allowColor && has_colors() {
      start_color()
      use_default_colors()
      colorMode = chronicle_colors() >= 256 ? .palette256 : .ansi8
    } else {
      colorMode = .none
    }
    size = Size(width: Int(chronicle_cols()), height: Int(chronicle_lines()))
  }

  /// Re-reads the size after ncurses reports `KEY_RESIZE`.
  func refreshSize() {
    size = Size(width: Int(chronicle_cols()), height: Int(chronicle_lines()))
  }

  public func present(_ grid: CellGrid, theme: Theme) {
    let effective = colorMode == .none ? theme.monochrome : theme
    let rows = min(grid.size.height, size.height)
    let cols = min(grid.size.width, size.width)
    for row in 0..<rows {
      for col in 0..<cols {
        let cell = grid[row, col]
        guard !cell.isContinuation else { continue }
        if cell.width == 2 && col + 1 >= cols { continue }
        put(cell, row: row, col: col, style: effective.style(cell.role))
      }
    }
    refresh()
  }

  private func put(_ cell: Cell, row: Int, col: Int, style: Style) {
    var wide: [wchar_t] = cell.text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map {
      wchar_t(bitPattern: $0.value)
    }
    if wide.isEmpty { wide = [wchar_t(32)] }
    wide.append(0)
    let attributes = chronicle_attributes(
      style.bold ? 1 : 0, style.underline ? 1 : 0, style.reverse ? 1 : 0, style.dim ? 1 : 0)
    let pair = pairs.pair(for: style, mode: colorMode)
    var character = cchar_t()
    setcchar(&character, wide, attributes, pair, nil)
    mvadd_wch(Int32(row), Int32(col), &character)
  }

  /// Restores the terminal (safe to call twice).
  public func close() {
    guard isOpen else { return }
    isOpen = false
    curs_set(1)
    endwin()
  }
}
