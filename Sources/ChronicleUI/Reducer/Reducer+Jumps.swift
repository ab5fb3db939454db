import ChronicleCore

extension Reducer {
  /// Enter: filter by the selected actor or country, or jump to the selected event's or
  /// quote's paragraph.
  mutating func activate() {
    let row = state.cursor(state.focus).row
    switch state.focus {
    case .actors:
      guard state.actorRows.indices.contains(row) else { return }
      switch state.actorRows[row] {
      case .actor(let position): addFilter(.actor(corpus.actors[position].id))
      case .country(let code?): addFilter(.country(code))
      case .country(nil): state.message = .info("these actors have no known country")
      }
    case .timeline, .quotes:
      guard let span = selectedSpan(state.focus) else { return }
      jump(to: SourceTarget(span: span))
    case .source:
      break
    }
  }

  /// Remembers where we are, then shows `target` in the focused Source pane.
  mutating func jump(to target: SourceTarget) {
    state.jumps.append(JumpPoint(focus: state.focus, source: state.source, cursors: state.cursors))
    show(target)
    state.focus = .source
  }

  /// Esc / Ctrl-O: returns to the last jump point.
  mutating func goBack() {
    guard let point = state.jumps.popLast() else {
      state.message = .info("jump list is empty")
      return
    }
    state.focus = point.focus
    state.cursors = point.cursors
    state.source = point.source
  }
}
