/// Decodes a JSON string body that holds escapes (`\n`, `\"`, `\u00e9`, surrogate pairs),
/// from just after the opening quote to just past the closing one. Kept apart from
/// `JSONReader` because most strings have no escape and never come here.
struct JSONStringUnescaper {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where reading stands: past the closing quote after `run()` succeeds, at the fault if not.
  var position: Int

  /// The decoded string, or `nil` for a malformed escape, a raw control character or a
  /// missing closing quote.
  mutating func run() -> String? {
    var out: [UInt8] = []
    var runStart = position
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        out.append(contentsOf: bytes[runStart..<position])
        position += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        out.append(contentsOf: bytes[runStart..<position])
        position += 1
        guard escape(into: &out) else { return nil }
        runStart = position
      case 0..<0x20:
        return nil
      default:
        position += 1
      }
    }
    return nil
  }

  /// One escape, after its backslash.
  private mutating func escape(into out: inout [UInt8]) -> Bool {
    guard position < bytes.count else { return false }
    let letter = bytes[position]
    position += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(letter)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      guard let scalar = unicodeEscape() else { return false }
      out.append(contentsOf: String(Character(scalar)).utf8)
    default: return false
    }
    return true
  }

  /// The scalar of `\uXXXX` (after the `u`), joining a surrogate pair written as two escapes.
  private mutating func unicodeEscape() -> Unicode.Scalar? {
    guard let unit = hex4() else { return nil }
    switch unit {
    case 0xD800..<0xDC00:
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else { return nil }
      position += 2
      guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    case 0xDC00..<0xE000:
      return nil
    default:
      return Unicode.Scalar(unit)
    }
  }

  private mutating func hex4() -> UInt32? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }
}
