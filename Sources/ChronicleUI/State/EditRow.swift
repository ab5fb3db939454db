import ChronicleCore

/// An edit as the `:edits` list shows it: what it changed and whether it still applies.
public struct EditRow: Sendable, Equatable {
  public var id: Int
  public var created: String
  public var summary: String
  public var reverted: Bool
  /// False when the edit's target is gone from the corpus (stale).
  public var applies: Bool

  public init(id: Int, created: String, summary: String, reverted: Bool, applies: Bool) {
    self.id = id
    self.created = created
    self.summary = summary
    self.reverted = reverted
    self.applies = applies
  }

  /// The rows for stored edits, newest first, given whether each active one applies.
  static func rows(_ stored: [StoredEdit], applies: [Int: Bool]) -> [EditRow] {
    stored.reversed().map { edit in
      EditRow(
        id: edit.id, created: edit.created, summary: edit.edit.summary, reverted: edit.reverted,
        applies: applies[edit.id] ?? false)
    }
  }

  var status: String { reverted ? "reverted" : applies ? "applies" : "STALE" }
}
