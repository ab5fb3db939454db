/// The `?` overlay: every binding of the keymap and the `:` commands, generated from
/// `Action.allCases` so it can never drift from the keys.
struct HelpOverlay {
  let keymap: Keymap
  let scroll: Int

  var lines: [StyledLine] {
    var lines = [StyledLine("Keys", .title)]
    for row in KeyReference.actionRows(keymap) {
      var line = StyledLine()
      line.append(PaneRows.padded(row.keys, 22), .actor)
      line.append(row.description, .help)
      lines.append(line)
    }
    lines.append(StyledLine(""))
    lines.append(StyledLine("Commands", .title))
    for (command, description) in CommandLineParser.help {
      var line = StyledLine()
      line.append(PaneRows.padded(command, 22), .actor)
      line.append(description, .help)
      lines.append(line)
    }
    return lines
  }

  func draw(in bounds: Rect, into grid: inout CellGrid) {
    let width = min(84, bounds.width - 2)
    let height = min(lines.count + 3, bounds.height - 2)
    let box = Rect(
      row: bounds.row + (bounds.height - height) / 2, col: bounds.col + (bounds.width - width) / 2,
      width: width, height: height)
    grid.fill(box, role: .help)
    Frame.draw(box, title: "Help — j/k scroll, any other key closes", focused: true, into: &grid)
    let inside = box.inset(1)
    let all = lines
    let first = min(scroll, max(0, all.count - inside.height))
    for offset in 0..<inside.height where first + offset < all.count {
      all[first + offset].draw(into: &grid, row: inside.row + offset, in: inside)
    }
  }
}
