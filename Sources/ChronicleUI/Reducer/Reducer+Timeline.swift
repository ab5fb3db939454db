import ChronicleCore

extension Reducer {
  /// `:sort date|document`: Timeline and Quotes both; the focus stays on Quotes when it is
  /// there, else goes to the Timeline.
  mutating func sortTimeline(_ order: TimelineOrder) {
    state.setOrder(order, corpus: corpus)
    if state.focus != .quotes { state.focus = .timeline }
    state.message = .info("timeline sorted by \(order.rawValue) (quotes too)")
  }

  /// `:undated hide|show`.
  mutating func showUndated(_ shows: Bool) {
    state.setShowsUndated(shows, corpus: corpus)
    state.focus = .timeline
    state.message = .info(shows ? "undated events shown" : "undated events hidden")
  }

  /// `:goto DATE`: selects the earliest event whose time begins on or after `day` (the first
  /// such row when sorted by date); undated events are never targets.
  mutating func goto(_ day: CalendarDate, label: String) {
    let candidates = state.timeline.enumerated().compactMap {
      row, listRow -> (CalendarDate, Int)? in
      guard let position = listRow.item, let start = firstDay(of: corpus.events[position]),
        start >= day
      else { return nil }
      return (start, row)
    }
    state.focus = .timeline
    guard let (start, row) = candidates.min(by: { $0 < $1 }) else {
      state.message = .error("no dated event on or after \(label)")
      return
    }
    place(.timeline, row: row)
    state.message = .info("\(start) · first event on or after \(label)")
  }

  private func firstDay(of event: Event) -> CalendarDate? {
    event.time.flatMap(corpus.time)?.value.flatMap(TimeValue.firstDay)
  }
}
