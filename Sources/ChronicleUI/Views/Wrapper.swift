/// Word-wraps a styled line to a width in cells, keeping each character's role.
///
/// Breaks at spaces; a word wider than the line is broken between characters (never inside a
/// wide character).
enum Wrapper {
  static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
    guard width > 0 else { return [] }
    var lines: [StyledLine] = []
    var current = StyledLine()
    var used = 0
    for word in words(line) {
      let wordWidth = word.reduce(0) { $0 + $1.width }
      let isSpace = word.first?.character == " "
      if used + wordWidth > width {
        if isSpace { flush(&current, &used, into: &lines); continue }
        if used > 0 { flush(&current, &used, into: &lines) }
      }
      for piece in word {
        if used + piece.width > width { flush(&current, &used, into: &lines) }
        current.append(String(piece.character), piece.role)
        used += piece.width
      }
    }
    if used > 0 || lines.isEmpty { lines.append(current) }
    return lines.map(merged)
  }

  private struct Piece {
    var character: Character
    var role: Role
    var width: Int
  }

  /// Splits into alternating words and single spaces.
  private static func words(_ line: StyledLine) -> [[Piece]] {
    var words: [[Piece]] = []
    var word: [Piece] = []
    for run in line.runs {
      for character in run.text {
        let visible = TextSanitizer.visible(character)
        let piece = Piece(character: character, role: run.role, width: CharacterWidth.of(visible))
        if character == " " {
          if !word.isEmpty { words.append(word) }
          words.append([piece])
          word = []
        } else {
          word.append(piece)
        }
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  private static func flush(
    _ line: inout StyledLine, _ used: inout Int, into lines: inout [StyledLine]
  ) {
    lines.append(line)
    line = StyledLine()
    used = 0
  }

  /// Joins neighbouring runs of the same role.
  private static func merged(_ line: StyledLine) -> StyledLine {
    var result = StyledLine()
    for run in line.runs {
      if let last = result.runs.last, last.role == run.role {
        result.runs[result.runs.count - 1].text += run.text
      } else {
        result.runs.append(run)
      }
    }
    return result
  }
}
