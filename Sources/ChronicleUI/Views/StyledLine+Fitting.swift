extension StyledLine {
  /// How many terminal cells the line takes.
  var displayWidth: Int { runs.reduce(0) { $0 + $1.text.displayWidth } }

  /// The line cut to `width` cells, ending in `…` when something was cut. Reads no further
  /// than the edge, as rows are cut on every frame.
  func cut(to width: Int) -> StyledLine {
    guard width > 0 else { return StyledLine() }
    guard exceeds(width) else { return self }
    var result = StyledLine()
    var used = 0
    var lastRole = Role.normal
    for run in runs {
      var kept = ""
      for character in run.text {
        let w = CharacterWidth.of(TextSanitizer.visible(character))
        if used + w > width - 1 { break }
        kept.append(character)
        used += w
      }
      result.append(kept, run.role)
      lastRole = run.role
      if used >= width - 1 || kept.count < run.text.count { break }
    }
    result.append("…", lastRole)
    return result
  }

  /// Whether the line takes more than `width` cells (stops counting there).
  private func exceeds(_ width: Int) -> Bool {
    var used = 0
    for run in runs {
      for character in run.text {
        used += CharacterWidth.of(TextSanitizer.visible(character))
        if used > width { return true }
      }
    }
    return false
  }

  /// The line in `width` cells with `trailing` set against the right edge: the line itself is
  /// cut (with `…`) to make room, and `trailing` is dropped when the line would keep fewer
  /// than `minimumLead` cells.
  func fitted(to width: Int, trailing: StyledLine, minimumLead: Int = 16) -> StyledLine {
    let tail = trailing.runs.isEmpty ? 0 : trailing.displayWidth
    guard tail > 0, width - tail - 1 >= minimumLead else { return cut(to: width) }
    var result = cut(to: width - tail - 1)
    result.append(String(repeating: " ", count: max(0, width - tail - result.displayWidth)))
    result.runs += trailing.runs
    return result
  }
}
