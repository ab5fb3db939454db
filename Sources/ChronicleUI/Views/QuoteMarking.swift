/// A reported quote with the direct quotes inside it highlighted.
enum QuoteMarking {
  static func marked(_ text: String, inner: [String]) -> StyledLine {
    var line = StyledLine(text, .quote)
    for words in inner where !words.isEmpty {
      var result = StyledLine()
      for run in line.runs {
        guard run.role == .quote, let range = run.text.range(of: words) else {
          result.runs.append(run)
          continue
        }
        result.append(String(run.text[..<range.lowerBound]), .quote)
        result.append(String(run.text[range]), .highlight)
        result.append(String(run.text[range.upperBound...]), .quote)
      }
      line = result
    }
    return line
  }
}
