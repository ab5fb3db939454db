/// How the timeline orders events: dated events by the first day their time covers (on the
/// same day a coarser time first, as a week heads the days in it), then undated events in
/// reading order.
public enum TimelineOrder {
  public static func sorted(_ events: [Event], times: [String: TimeExpression]) -> [Event] {
    let keyed = events.enumerated().map { position, event -> (CalendarDate?, Int, Int, Event) in
      let time = event.time.flatMap { times[$0] }
      let rank = time.map { TimePrecision.allCases.firstIndex(of: $0.precision) ?? 0 } ?? 0
      return (time?.sortDate, rank, position, event)
    }
    return keyed.sorted { a, b in
      switch (a.0, b.0) {
      case (let x?, let y?):
        if x != y { return x < y }
        if a.1 != b.1 { return a.1 > b.1 }
        return a.2 < b.2
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a.2 < b.2
      }
    }.map(\.3)
  }
}
