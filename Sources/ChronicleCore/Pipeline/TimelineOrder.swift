/// How the timeline orders events: dated events by the first day their time covers (on the
/// same day a coarser time first, as a week heads the days in it), then undated events in
/// reading order.
public enum TimelineOrder {
  /// Puts `events` in timeline order.
  /// - Parameter keys: each event's `key(time)`, by position, computed once (a merge works
  ///   them out as the events come in).
  public static func sort(_ events: inout [Event], keys: [Int]) {
    precondition(events.count == keys.count)
    // Positions are sorted, then the events are moved into place by swaps (copying whole
    // events costs a retain and a release for each of their strings and arrays).
    permute(&events, into: order(keys))
  }

  /// The positions of events with these keys (by position), in timeline order: by key, and
  /// in reading order where keys are equal.
  public static func order(_ keys: [Int]) -> [Int] {
    keys.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
  }

  /// Earlier days first; on one day the coarser precision first; undated (and unresolvable)
  /// times last, where the position alone orders them. A reference time sorts at its anchor
  /// (the publication date): "the past" before that day's dates, "now" after them, "the
  /// future" last of all on that day. A weekend sorts at its Saturday (see `TimeValue`).
  public static func key(_ time: TimeExpression?) -> Int {
    guard let time, let day = time.sortDate?.dayNumber else { return Int.max }
    return day * 32 + slot(time)
  }

  /// The place within one day: 0 for the past, 1…9 for dates (coarse first), 20 for "now",
  /// 31 for the future.
  static func slot(_ time: TimeExpression) -> Int {
    switch time.value {
    case "PAST_REF": return 0
    case "PRESENT_REF": return 20
    case "FUTURE_REF": return 31
    default:
      let rank = TimePrecision.allCases.firstIndex(of: time.precision) ?? 0
      return 1 + (TimePrecision.allCases.count - 1 - rank)
    }
  }

  /// Rearranges `items` so that position i holds what stood at `order[i]`, following each
  /// cycle of the permutation with swaps (through the buffer: its swaps move memory, where
  /// an array's copy values and retain them).
  static func permute<T>(_ items: inout [T], into order: [Int]) {
    var placed = [Bool](repeating: false, count: items.count)
    items.withUnsafeMutableBufferPointer { buffer in
      for start in buffer.indices where !placed[start] {
        var current = start
        while true {
          placed[current] = true
          let source = order[current]
          if placed[source] { break }
          buffer.swapAt(current, source)
          current = source
        }
      }
    }
  }
}
