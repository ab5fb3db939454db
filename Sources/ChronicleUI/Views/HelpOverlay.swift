/// The `?` overlay: every binding of the keymap and the `:` commands, generated from
/// `Action.allCases` so it can never drift from the keys. Descriptions wrap under their
/// own column, so nothing is cut at any width; the overlay scrolls like a pager.
struct HelpOverlay {
  let keymap: Keymap
  let scroll: Int

  /// The overlay's lines at a text width of `width` cells.
  func lines(width: Int) -> [StyledLine] {
    let actions = KeyReference.actionRows(keymap)
    let widest = (actions.map(\.keys) + CommandLineParser.help.map(\.0)).map(\.displayWidth).max()
    let column = min((widest ?? 0) + 2, max(8, width / 2))
    var lines = [StyledLine("Keys", .title)]
    for row in actions {
      lines += entry(row.keys, row.description, column: column, width: width)
    }
    lines.append(StyledLine(""))
    lines.append(StyledLine("Commands", .title))
    for (command, description) in CommandLineParser.help {
      lines += entry(command, description, column: column, width: width)
    }
    return lines
  }

  /// A key or command and its description, wrapped under the description column.
  private func entry(_ keys: String, _ description: String, column: Int, width: Int)
    -> [StyledLine]
  {
    let wrapped = Wrapper.wrap(StyledLine(description, .help), width: max(1, width - column))
    return wrapped.enumerated().map { index, part in
      var line = StyledLine()
      let lead = index == 0 ? PaneRows.padded(keys, column) : String(repeating: " ", count: column)
      line.append(lead, .actor)
      line.runs += part.runs
      return line
    }
  }

  /// The box the overlay takes on a screen of `size` (above the status bar).
  func box(in size: Size) -> Rect {
    let bounds = Rect(row: 0, col: 0, width: size.width, height: max(0, size.height - 2))
    let width = min(100, bounds.width - 2)
    let height = min(lines(width: width - 2).count + 2, bounds.height - 2)
    return Rect(
      row: bounds.row + (bounds.height - height) / 2, col: bounds.col + (bounds.width - width) / 2,
      width: width, height: height)
  }

  /// How many lines one screenful shows.
  func pageHeight(in size: Size) -> Int { max(0, box(in: size).height - 2) }

  /// The largest useful scroll: the last screenful.
  func lastScroll(in size: Size) -> Int {
    let inside = box(in: size).inset(1)
    return max(0, lines(width: inside.width).count - inside.height)
  }

  func draw(in size: Size, into grid: inout CellGrid) {
    let box = box(in: size)
    guard box.width > 2, box.height > 2 else { return }
    grid.fill(box, role: .help)
    let inside = box.inset(1)
    let all = lines(width: inside.width)
    let first = min(scroll, max(0, all.count - inside.height))
    let position = all.count > inside.height ? " \(first + inside.height)/\(all.count)" : ""
    Frame.draw(
      box, title: "Help\(position) — j/k Space b g G scroll, any other key closes", focused: true,
      into: &grid)
    for offset in 0..<inside.height where first + offset < all.count {
      all[first + offset].draw(into: &grid, row: inside.row + offset, in: inside)
    }
  }
}
