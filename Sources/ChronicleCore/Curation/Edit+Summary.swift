/// What an edit changed, in words, for `:edits` and the status bar.
extension Edit {
  public var summary: String {
    let actorName = actor?.names.first.map { "\"\($0)\"" } ?? "?"
    switch operation {
    case .rename: return "rename \(actorName) to \"\(value ?? "")\""
    case .merge: return "merge \(actorName) into \"\(other?.names.first ?? "?")\""
    case .split: return "split \"\(value ?? "")\" off \(actorName)"
    case .setCountry: return "country of \(actorName): \(value ?? "none")"
    case .hideActor: return "hide actor \(actorName)"
    case .setSpeaker:
      let speaker = other?.names.first.map { "\"\($0)\"" } ?? "none"
      return "speaker of \(Self.excerpt(quote)): \(speaker)"
    case .hideQuote: return "hide quote \(Self.excerpt(quote))"
    case .setDate: return "date of \(Self.excerpt(event)): \(value ?? "none")"
    case .hideEvent: return "hide event \(Self.excerpt(event))"
    }
  }

  private static func excerpt(_ target: SpanTarget?) -> String {
    guard let text = target?.text else { return "?" }
    return "\"" + (text.count > 40 ? text.prefix(39) + "…" : text) + "\""
  }
}
