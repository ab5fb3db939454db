import ChronicleCore

extension Reducer {
  /// `:sort date|document`.
  mutating func sortTimeline(_ order: TimelineOrder) {
    state.setTimelineOrder(order, corpus: corpus)
    state.focus = .timeline
    state.message = .info("timeline sorted by \(order.rawValue)")
  }

  /// `:goto DATE`: selects the earliest event whose time begins on or after `day` (the first
  /// such row when sorted by date); undated events are never targets.
  mutating func goto(_ day: CalendarDate, label: String) {
    let candidates = state.timeline.enumerated().compactMap {
      row, position -> (CalendarDate, Int)? in
      guard let start = firstDay(of: corpus.events[position]), start >= day else { return nil }
      return (start, row)
    }
    state.focus = .timeline
    guard let (start, row) = candidates.min(by: { $0 < $1 }) else {
      state.message = .error("no dated event on or after \(label)")
      return
    }
    state.cursors[.timeline, default: PaneCursor()].row = row
    state.message = .info("\(start) · first event on or after \(label)")
  }

  private func firstDay(of event: Event) -> CalendarDate? {
    event.time.flatMap(corpus.time)?.value.flatMap(TimeValue.firstDay)
  }
}
