/// A cheap first test for "could this lower-case ASCII word be in the list?": one bit per
/// (first letter, second letter, length). No false negatives; words it cannot place (one
/// letter, an apostrophe early on, longer than 15) always pass on to the real lookup.
struct WordShapes: Sendable {
  private var bits = [UInt64](repeating: 0, count: 26 * 26 * 16 / 64)

  init(_ words: some Sequence<String>) {
    for word in words {
      guard let slot = Self.slot(word) else { continue }
      bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }
  }

  func mayContain(_ word: String) -> Bool {
    guard let slot = Self.slot(word) else { return true }
    return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  private static func slot(_ word: String) -> Int? {
    let utf8 = word.utf8
    guard utf8.count >= 2, utf8.count < 16 else { return nil }
    var bytes = utf8.makeIterator()
    guard let a = letter(bytes.next()), let b = letter(bytes.next()) else { return nil }
    return (a * 26 + b) * 16 + utf8.count
  }

  private static func letter(_ byte: UInt8?) -> Int? {
    guard let byte, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return nil }
    return Int(byte - UInt8(ascii: "a"))
  }
}
