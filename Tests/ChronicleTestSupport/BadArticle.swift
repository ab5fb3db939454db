/// One kind of bad input, and what reading it must say. The command-line and the TUI loader
/// tests run the same table.
public struct BadArticle: Sendable {
  public enum Outcome: Sendable, Equatable {
    /// Read, with a warning on standard error containing the text.
    case warning(String)
    /// Skipped, with an error on standard error containing the text.
    case skipped(String)
    /// Read with nothing to say.
    case quiet
  }

  public var name: String
  public var bytes: [UInt8]
  public var outcome: Outcome

  public static let all: [BadArticle] = [
    BadArticle(
      name: "invalid-utf8.txt", bytes: Array("Officials met in ".utf8) + [0xFF, 0xC3, 0x28]
        + Array(" Geneva on Monday.\n".utf8),
      outcome: .warning("invalid UTF-8")),
    BadArticle(
      name: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
      outcome: .skipped("binary data")),
    BadArticle(
      name: "nul.txt", bytes: Array("Officials met\0 on Monday.\n".utf8),
      outcome: .skipped("binary data")),
    BadArticle(name: "empty.txt", bytes: [], outcome: .skipped("empty file")),
    BadArticle(name: "blank.txt", bytes: Array(" \n\n\t\n".utf8), outcome: .skipped("no text, only white space")),
    BadArticle(
      name: "quotes.txt",
      bytes: Array(String(repeating: "\u{201C}word \" ", count: 10_000).utf8),
      outcome: .quiet),
    BadArticle(
      name: "bad-date.md", bytes: Array("---\ndate: 2025-13-45\n---\nTalks went on.\n".utf8),
      outcome: .warning("front matter date '2025-13-45'")),
    BadArticle(
      name: "unclosed.md", bytes: Array("---\ndate: 2025-05-09\n\nTalks went on.\n".utf8),
      outcome: .warning("front matter block is not closed")),
  ]
}
