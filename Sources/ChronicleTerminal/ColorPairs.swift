import CNcurses
import ChronicleUI

/// Hands out ncurses colour pairs for (foreground, background) combinations on demand, with
/// 256 → 8 colour fallback. When pairs run out, text falls back to the default pair.
struct ColorPairs {
  private var assigned: [Key: Int16] = [:]

  private struct Key: Hashable {
    var foreground: Int16
    var background: Int16
  }

  mutating func pair(for style: Style, mode: ColorMode) -> Int16 {
    guard mode != .none, style.foreground != nil || style.background != nil else { return 0 }
    let key = Key(
      foreground: number(style.foreground, mode), background: number(style.background, mode))
    if let pair = assigned[key] { return pair }
    let next = Int16(assigned.count + 1)
    guard Int32(next) < chronicle_color_pairs() else { return 0 }
    init_pair(next, key.foreground, key.background)
    assigned[key] = next
    return next
  }

  /// The ncurses colour number; -1 is the terminal's default.
  private func number(_ color: Color?, _ mode: ColorMode) -> Int16 {
    guard let color else { return -1 }
    switch (color, mode) {
    case (.ansi(let n), _): return Int16(n)
    case (.indexed(let n), .palette256): return Int16(n)
    default: return Int16(color.ansiFallback)
    }
  }
}
