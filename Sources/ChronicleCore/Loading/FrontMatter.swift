/// The optional `---` block at the top of an article: `title:` and `date:` lines.
public struct FrontMatter: Sendable, Equatable {
  public var title: String?
  public var date: CalendarDate?
  /// Problems worth a warning (a date that is not a day, an unclosed block).
  public var problems: [String]
  /// Where the body starts, in Unicode scalars from the start of the text.
  public var bodyStart: Int

  /// Splits `text` into front matter and body offset. A block that never closes is not front
  /// matter: the whole text is body, and a problem is reported.
  public static func parse(_ scalars: [Unicode.Scalar]) -> FrontMatter {
    var result = FrontMatter(title: nil, date: nil, problems: [], bodyStart: 0)
    guard scalars.starts(with: "---\n".unicodeScalars) else { return result }
    var lineStart = 4
    var closed = false
    var lines: [String] = []
    while lineStart < scalars.count {
      var lineEnd = lineStart
      while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
      let line = String(scalars: scalars[lineStart..<lineEnd])
      if line.hasPrefix("---") {
        closed = true
        result.bodyStart = min(lineEnd + 1, scalars.count)
        break
      }
      lines.append(line)
      lineStart = lineEnd + 1
    }
    guard closed else {
      result.problems.append("front matter block is not closed with '---'; read as text")
      return result
    }
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces().lowercased()
      let value = unquote(line[line.index(after: colon)...].trimmingSpaces())
      switch key {
      case "title":
        result.title = value.isEmpty ? nil : value
      case "date", "published":
        let day = String(value.prefix(10))
        if let date = CalendarDate(iso: day) {
          result.date = date
        } else if !value.isEmpty {
          result.problems.append("front matter date '\(value)' is not a YYYY-MM-DD day; ignored")
        }
      default:
        continue
      }
    }
    return result
  }

  /// The text inside a pair of quotes, or the text itself. `dropFirst().last` finds a second
  /// character without counting them all.
  private static func unquote(_ s: String) -> String {
    guard let f = s.first, f == "\"" || f == "'", s.dropFirst().last == f else { return s }
    return String(s.dropFirst().dropLast())
  }
}

extension Substring {
  /// The text without leading and trailing whitespace, its UTF-8 copied as it is.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }),
      let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    return String(scalars[first...last])
  }
}
