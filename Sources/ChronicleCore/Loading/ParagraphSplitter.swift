/// Turns an article body into paragraphs by the design note's rules: blank-line separated
/// blocks (or, when the body has no blank line, each non-empty line), whitespace collapsed,
/// each marked heading or text, trailing page furniture dropped.
public enum ParagraphSplitter {
  public static func paragraphs(of body: ArraySlice<Unicode.Scalar>) -> [Paragraph] {
    let lines = splitLines(body)
    let hasBlankLine = hasInnerBlankLine(lines)
    var blocks: [[ArraySlice<Unicode.Scalar>]] = []
    var current: [ArraySlice<Unicode.Scalar>] = []
    for line in lines {
      let blank = line.allSatisfy { $0.isSpace }
      if hasBlankLine {
        if blank {
          if !current.isEmpty { blocks.append(current) }
          current = []
        } else {
          current.append(line)
        }
      } else if !blank {
        blocks.append([line])
      }
    }
    if !current.isEmpty { blocks.append(current) }

    var texts = blocks.map(collapse).filter { !$0.isEmpty }
    while let last = texts.last, PageFurniture.isFurniture(last) { texts.removeLast() }
    return texts.enumerated().map { index, text in
      Paragraph(index: index, kind: isHeading(text) ? .heading : .text, text: text)
    }
  }

  /// A heading is short and does not end like a sentence.
  public static func isHeading(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    if sentenceClosers.contains(last) { return false }
    let words = text.split(separator: " ").count
    return words <= 14 && text.unicodeScalars.count <= 120
  }

  private static let sentenceClosers: Set<Unicode.Scalar> = [
    ".", "!", "?", ":", ";", ",", "\"", "\u{201D}", "\u{2019}", "'", ")", "\u{2026}",
  ]

  private static func splitLines(_ body: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
    var lines: [ArraySlice<Unicode.Scalar>] = []
    var start = body.startIndex
    var i = body.startIndex
    while i < body.endIndex {
      if body[i] == "\n" {
        lines.append(body[start..<i])
        start = i + 1
      }
      i += 1
    }
    if start < body.endIndex { lines.append(body[start..<body.endIndex]) }
    return lines
  }

  /// Whether a blank line separates two non-blank lines (leading and trailing ones do not count).
  private static func hasInnerBlankLine(_ lines: [ArraySlice<Unicode.Scalar>]) -> Bool {
    var seenText = false
    var pendingBlank = false
    for line in lines {
      let blank = line.allSatisfy { $0.isSpace }
      if blank {
        if seenText { pendingBlank = true }
      } else {
        if pendingBlank { return true }
        seenText = true
      }
    }
    return false
  }

  /// The block as one line of text. It is walked twice, to size the string and then to
  /// encode straight into it, instead of gathering the scalars in an array first.
  private static func collapse(_ block: [ArraySlice<Unicode.Scalar>]) -> String {
    var count = 0
    forEachCollapsed(block) { count += UTF8.width($0) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      forEachCollapsed(block) { scalar in
        UTF8.encode(scalar) { byte in
          buffer[i] = byte
          i += 1
        }
      }
      return i
    }
  }

  /// Calls `body` with the block's scalars, each run of white space and line breaks between
  /// them made one space, none at either end.
  private static func forEachCollapsed(
    _ block: [ArraySlice<Unicode.Scalar>], _ body: (Unicode.Scalar) -> Void
  ) {
    var started = false
    var pendingSpace = false
    for line in block {
      if started { pendingSpace = true }
      for scalar in line {
        if scalar.isSpace {
          if started { pendingSpace = true }
        } else {
          if pendingSpace { body(" ") }
          pendingSpace = false
          started = true
          body(scalar)
        }
      }
    }
  }
}

/// Site chrome that scrapers leave after an article ("Login", "Share this").
enum PageFurniture {
  static func isFurniture(_ text: String) -> Bool {
    // Only short text can be furniture, so a paragraph is not lower-cased just to find that
    // out. Lower-casing never makes fewer scalars, so the bound is safe for any text.
    guard text.unicodeScalars.dropFirst(longest).isEmpty else { return false }
    return phrases.contains(text.lowercased())
  }

  /// The most scalars a phrase has.
  private static let longest = phrases.map(\.unicodeScalars.count).max() ?? 0

  private static let phrases: Set<String> = [
    "login", "log in", "sign in", "sign up", "register", "subscribe", "share", "share this",
    "share this article", "advertisement", "read more", "comments", "related", "related articles",
    "print", "email", "menu", "home", "back to top", "loading...", "loading", "close",
    "read the rest here.", "follow us", "more", "tweet", "facebook", "twitter",
  ]
}
