/// Turns an article body into paragraphs by the design note's rules: blank-line separated
/// blocks (or, when the body has no blank line, each non-empty line), whitespace collapsed,
/// each marked heading or text, trailing page furniture dropped.
///
/// Refined for files that separate most paragraphs with single newlines and only some with
/// blank lines: a block whose lines are not hard-wrapped (one of them is longer than
/// `wrappedLineLimit` scalars) is split into its lines, so that several paragraphs are not
/// merged into one. Hard-wrapped prose (every line shorter) stays one paragraph per block.
public enum ParagraphSplitter {
  /// Hard-wrapped text keeps its lines below this many scalars (mail and terminals wrap at
  /// 72–80); a longer line is a paragraph written on one line.
  static let wrappedLineLimit = 100

  public static func paragraphs(of body: ArraySlice<Unicode.Scalar>) -> [Paragraph] {
    let lines = splitLines(body)
    let hasBlankLine = hasInnerBlankLine(lines)
    // A block's lines follow each other, so it is the stretch of the body from its first
    // line to its last; the line breaks inside are white space to collapse.
    var blocks: [Range<Int>] = []
    var current: [Range<Int>] = []
    func closeBlock() {
      guard let first = current.first, let last = current.last else { return }
      if current.count > 1, current.contains(where: { $0.count > wrappedLineLimit }) {
        // A line that opens with a quotation mark stays with the line before: the quote's
        // speaker is usually named there ("…," Clinton said. / "Maybe I can …").
        var piece = first
        for line in current.dropFirst() {
          if opensWithQuote(body[line]) {
            piece = piece.lowerBound..<line.upperBound
          } else {
            blocks.append(piece)
            piece = line
          }
        }
        blocks.append(piece)
      } else {
        blocks.append(first.lowerBound..<last.upperBound)
      }
      current = []
    }
    for line in lines {
      let blank = line.allSatisfy { $0.isSpace }
      if hasBlankLine {
        if blank { closeBlock() } else { current.append(line.indices) }
      } else if !blank {
        blocks.append(line.indices)
      }
    }
    closeBlock()

    var collapser = Collapser()
    var texts = blocks.map { collapser.collapse(body[$0]) }.filter { !$0.isEmpty }
    while let last = texts.last, PageFurniture.isFurniture(last) { texts.removeLast() }
    return texts.enumerated().map { index, text in
      Paragraph(index: index, kind: isHeading(text) ? .heading : .text, text: text)
    }
  }

  private static func opensWithQuote(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = line.first(where: { !$0.isSpace }) else { return false }
    return first == "\"" || first == "\u{201C}"
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
}

/// Makes a block one line of text: each run of white space and line breaks one space, none
/// at either end. The bytes go through one buffer kept for all the blocks of a document, so
/// that each paragraph's string is made in a single copy.
private struct Collapser {
  private var buffer: [UInt8] = []

  mutating func collapse(_ block: ArraySlice<Unicode.Scalar>) -> String {
    // Room for the longest encoding: a scalar takes at most four bytes.
    if buffer.count < block.count * 4 { buffer = Array(repeating: 0, count: block.count * 4) }
    // Both sides through buffer pointers: the slice's and the array's index checks cost
    // more than the copy itself.
    let length = buffer.withUnsafeMutableBufferPointer { bytes in
      block.withUnsafeBufferPointer { scalars in
        Self.collapse(scalars, into: bytes)
      }
    }
    return String(decoding: buffer[..<length], as: UTF8.self)
  }

  /// Writes the collapsed UTF-8 of `scalars` into `bytes` and returns its length.
  private static func collapse(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, into bytes: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var length = 0
    var pendingSpace = false
    for scalar in scalars {
      // Printable ASCII, most of any text, needs no other test.
      if scalar.value &- 0x21 < 0x5E, !pendingSpace {
        bytes[length] = UInt8(truncatingIfNeeded: scalar.value)
        length += 1
        continue
      }
      if scalar.isSpace {
        pendingSpace = length > 0
        continue
      }
      if pendingSpace {
        bytes[length] = UInt8(ascii: " ")
        length += 1
        pendingSpace = false
      }
      if scalar.isASCII {
        bytes[length] = UInt8(truncatingIfNeeded: scalar.value)
        length += 1
      } else {
        UTF8.encode(scalar) { byte in
          bytes[length] = byte
          length += 1
        }
      }
    }
    return length
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
