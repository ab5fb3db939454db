/// Quote and event edits: speaker, date, hiding.
extension CurationWorkspace {
  mutating func applyToQuote(_ edit: Edit) -> Bool {
    guard let target = edit.quote,
      let position = locate(target, in: quotes, span: \.span, text: { $0.text })
    else { return false }
    switch edit.operation {
    case .setSpeaker:
      guard let speaker = edit.other else {
        quotes[position].speaker = nil
        return true
      }
      guard let actor = speaker.resolve(in: actors) else { return false }
      quotes[position].speaker = actors[actor].id
    default:
      let id = quotes[position].id
      quotes.remove(at: position)
      for e in events.indices { events[e].quotes.removeAll { $0 == id } }
    }
    return true
  }

  mutating func applyToEvent(_ edit: Edit) -> Bool {
    guard let target = edit.event,
      let position = locate(target, in: events, span: \.span, text: { coveredText($0.span) })
    else { return false }
    switch edit.operation {
    case .setDate:
      guard let value = edit.value else {
        events[position].time = nil
        return true
      }
      guard let precision = EditedDate.precision(of: value) else { return false }
      let time = TimeExpression(
        id: "\(events[position].id)-edited", text: value, value: value, precision: precision,
        span: events[position].span)
      times.removeAll { $0.id == time.id }
      times.append(time)
      events[position].time = time.id
    default:
      events.remove(at: position)
    }
    return true
  }
}

/// The dates `set-date` accepts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, real days only.
public enum EditedDate {
  /// The precision of a valid date, or nil.
  public static func precision(of text: String) -> TimePrecision? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard [[4], [4, 2], [4, 2, 2]].contains(parts.map(\.count)),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    switch parts.count {
    case 1: return .year
    case 2: return (1...12).contains(Int(parts[1]) ?? 0) ? .month : nil
    default: return CalendarDate(iso: text) == nil ? nil : .day
    }
  }
}
