import ChronicleCore

/// Finds the 1-based line where a paragraph starts in its original file, for `e` (`+LINE`).
///
/// Paragraphs are whitespace-collapsed blocks, so a paragraph starts at a line whose collapsed
/// text begins it. The document's paragraphs are matched in order from the top (after any
/// front matter), so a paragraph that repeats earlier text still finds its own line.
public struct SourceLineLocator {
  private let lines: [String]

  public init(fileText: String) {
    lines = fileText.split(separator: "\n", omittingEmptySubsequences: false).map {
      Self.collapse($0)
    }
  }

  /// The line of `paragraphs[index]`, or nil when the file no longer holds it.
  public func line(ofParagraph index: Int, in paragraphs: [Paragraph]) -> Int? {
    guard paragraphs.indices.contains(index) else { return nil }
    var next = bodyStart
    var found: Int?
    for paragraph in paragraphs[...index] {
      found = nil
      guard let match = (next..<lines.count).first(where: { starts(paragraph.text, $0) }) else {
        continue  // edited or undecodable: keep looking for the later ones from here
      }
      found = match
      next = match + 1
    }
    return found.map { $0 + 1 }
  }

  private func starts(_ paragraph: String, _ line: Int) -> Bool {
    let text = lines[line]
    guard !text.isEmpty, paragraph.hasPrefix(text) else { return false }
    let rest = paragraph.dropFirst(text.count)
    return rest.isEmpty || rest.first == " "
  }

  /// The first line after a `---` front matter block (0 without one).
  private var bodyStart: Int {
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return 0 }
    return end + 1
  }

  private static func collapse(_ line: Substring) -> String {
    line.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
