/// The bottom line while the user types a `:` command or a `/` search.
public struct Prompt: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case command
    case search
  }

  public var kind: Kind
  public var text: String

  public init(kind: Kind, text: String = "") {
    self.kind = kind
    self.text = text
  }

  public var leader: String { kind == .command ? ":" : "/" }
}

/// The last search: its text and the pane it searches.
public struct SearchState: Sendable, Equatable {
  public var query: String
  public var pane: Pane
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
