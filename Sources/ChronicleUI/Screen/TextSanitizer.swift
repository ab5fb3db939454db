/// Makes article text safe to draw: control characters become their visible Control Pictures
/// (`␛` for ESC), and C1 controls and bidirectional overrides become `�`.
///
/// Raw controls would move the terminal's cursor or reorder the line; a news file must never
/// be able to do that.
public enum TextSanitizer {
  static func visible(_ character: Character) -> Character {
    guard let first = character.unicodeScalars.first else { return character }
    let value = first.value
    switch value {
    case 0x09: return " "
    case 0x00...0x1F: return Character(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
      return "\u{FFFD}"
    default:
      if character.unicodeScalars.contains(where: isUnsafe) { return "\u{FFFD}" }
      return character
    }
  }

  /// Whether a scalar would drive a terminal rather than show on it: C0 and C1 controls,
  /// DEL, and bidirectional controls. (Also what `chronicle` escapes in its messages.)
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
      return true
    default: return false
    }
  }
}
