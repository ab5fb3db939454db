import ChronicleCore

/// The bottom line while the user types a `:` command or a `/` search.
public struct Prompt: Sendable, Equatable {
  public enum Kind: Sendable, Hashable {
    case command
    case search
  }

  public var kind: Kind
  public var text: String
  /// Which history entry the text came from (Up/Down), nil while typing a new line.
  public var historyPosition: Int?

  public init(kind: Kind, text: String = "", historyPosition: Int? = nil) {
    self.kind = kind
    self.text = text
    self.historyPosition = historyPosition
  }

  public var leader: String { kind == .command ? ":" : "/" }
}

/// The last search: its text and the pane it searches.
public struct SearchState: Sendable, Equatable {
  public var query: String
  public var pane: Pane
  /// The rows that match, ascending; nil once the rows changed (worked out again on `n`).
  public var matches: [Int]?
  /// In the Source pane with an archive: the matching paragraphs of every article, in corpus
  /// order; nil while the search looks in the shown article only.
  public var paragraphs: [ParagraphLocation]?
}

/// One line of feedback in the status bar ("no actor named X", "exported 3 events").
public struct StatusMessage: Sendable, Equatable {
  public var text: String
  public var isError: Bool

  public static func info(_ text: String) -> StatusMessage {
    StatusMessage(text: text, isError: false)
  }
  public static func error(_ text: String) -> StatusMessage {
    StatusMessage(text: text, isError: true)
  }
}
