/// One correction a reader made to the extraction, stored as a fact about a stable target
/// (an actor by its names, a quote or event by its document and the text it covers) rather
/// than as a replayed keystroke, so it still applies after re-extraction or a rebuild.
///
/// Each edit is one JSON object: the line `chronicle edits export` writes and the TEXT the
/// archive stores. `Curation.apply` lays the edits over a corpus.
public struct Edit: Sendable, Hashable, Codable {
  public var operation: EditOperation
  /// The actor changed (actor operations).
  public var actor: ActorTarget?
  /// The quote changed (quote operations).
  public var quote: SpanTarget?
  /// The event changed (event operations).
  public var event: SpanTarget?
  /// The actor joined (`merge`) or named as speaker (`speaker`; `nil` there means none).
  public var other: ActorTarget?
  /// The new name (`rename`), the alias split off (`split`), the country code
  /// (`set-country`) or the TIMEX3 date (`set-date`); `nil` clears a country or date.
  public var value: String?

  public init(
    _ operation: EditOperation, actor: ActorTarget? = nil, quote: SpanTarget? = nil,
    event: SpanTarget? = nil, other: ActorTarget? = nil, value: String? = nil
  ) {
    self.operation = operation
    self.actor = actor
    self.quote = quote
    self.event = event
    self.other = other
    self.value = value
  }

  enum CodingKeys: String, CodingKey {
    case operation = "op"
    case actor, quote, event, other, value
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    operation = try c.decode(EditOperation.self, forKey: .operation)
    actor = try c.decodeIfPresent(ActorTarget.self, forKey: .actor)
    quote = try c.decodeIfPresent(SpanTarget.self, forKey: .quote)
    event = try c.decodeIfPresent(SpanTarget.self, forKey: .event)
    other = try c.decodeIfPresent(ActorTarget.self, forKey: .other)
    value = try c.decodeIfPresent(String.self, forKey: .value)
    if let missing = operation.missingField(in: self) {
      let context = DecodingError.Context(
        codingPath: [], debugDescription: "\(operation.rawValue) needs \(missing.stringValue)")
      throw DecodingError.keyNotFound(missing, context)
    }
  }
}

/// What an edit does; the raw value is the `op` key of its JSON.
public enum EditOperation: String, Sendable, Hashable, Codable, CaseIterable {
  case rename
  case merge
  case split
  case setCountry = "set-country"
  case hideActor = "hide-actor"
  case setSpeaker = "speaker"
  case hideQuote = "hide-quote"
  case setDate = "set-date"
  case hideEvent = "hide-event"

  /// The field this operation needs that `edit` lacks, if any.
  func missingField(in edit: Edit) -> Edit.CodingKeys? {
    switch self {
    case .rename, .split:
      return edit.actor == nil ? .actor : edit.value == nil ? .value : nil
    case .merge: return edit.actor == nil ? .actor : edit.other == nil ? .other : nil
    case .setCountry, .hideActor: return edit.actor == nil ? .actor : nil
    case .setSpeaker, .hideQuote: return edit.quote == nil ? .quote : nil
    case .setDate, .hideEvent: return edit.event == nil ? .event : nil
    }
  }
}
