/// How the timeline orders events: dated events by the first day their time covers (on the
/// same day a coarser time first, as a week heads the days in it), then undated events in
/// reading order.
public enum TimelineOrder {
  /// - Parameter times: the time of each event, by position (`nil` when undated).
  public static func sorted(_ events: [Event], times: [TimeExpression?]) -> [Event] {
    precondition(events.count == times.count)
    // Keys computed once, and positions sorted instead of events: moving whole events
    // through a sort costs a retain and release for each of their strings and arrays.
    let days = times.map { $0?.sortDate?.dayNumber }
    let ranks = times.map { time in
      time.map { TimePrecision.allCases.firstIndex(of: $0.precision) ?? 0 } ?? 0
    }
    let order = events.indices.sorted { a, b in
      switch (days[a], days[b]) {
      case (let x?, let y?):
        if x != y { return x < y }
        if ranks[a] != ranks[b] { return ranks[a] > ranks[b] }
        return a < b
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a < b
      }
    }
    return order.map { events[$0] }
  }
}
