import ChronicleCore

/// Draws a whole frame from state: panes (or tabs and one pane), status bar, bottom line and
/// the help overlay. Reads state, never changes it.
public struct RootView {
  public let state: AppState
  public let corpus: Corpus
  public let keymap: Keymap

  public init(state: AppState, corpus: Corpus, keymap: Keymap) {
    self.state = state
    self.corpus = corpus
    self.keymap = keymap
  }

  public func render() -> CellGrid {
    var grid = CellGrid(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
      let words = [
        "Terminal", "too", "small:", "\(state.size.width)x\(state.size.height)", "(need 40x10)",
      ]
      for (row, line) in Self.wrap(words, width: state.size.width).prefix(state.size.height)
        .enumerated()
      {
        grid.write(line, row: row, col: 0, role: .error)
      }
      return grid
    }
    if let tabs = layout.tabs { TabBar(rect: tabs).draw(focus: state.focus, into: &grid) }
    for (pane, rect) in layout.panes {
      PaneView(pane: pane, state: state, corpus: corpus).draw(in: rect, into: &grid)
    }
    StatusBar(state: state, corpus: corpus).draw(layout, into: &grid)
    if state.isDetailShown {
      DetailOverlay(state: state, corpus: corpus).draw(in: state.size, into: &grid)
    }
    if let scroll = state.helpScroll {
      HelpOverlay(keymap: keymap, scroll: scroll).draw(in: state.size, into: &grid)
    } else if let selected = state.editsCursor {
      let body = Rect(row: 0, col: 0, width: state.size.width, height: state.size.height - 2)
      EditsOverlay(rows: state.edits, selected: selected).draw(in: body, into: &grid)
    }
    return grid
  }

  /// Words laid into lines of at most `width` columns (a longer word is cut by the grid), so
  /// the "too small" message reads whole on a narrow terminal.
  static func wrap(_ words: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? word : " " + word
    }
    return lines + [line]
  }
}
