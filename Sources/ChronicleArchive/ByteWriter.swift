/// Appends the archive's binary primitives to a byte buffer: unsigned LEB128 integers, and
/// strings and optionals prefixed by their length, so a reader walks them without a parser.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  mutating func raw(_ values: [UInt8]) {
    bytes += values
  }

  /// A non-negative integer in 7-bit groups, low first (one byte below 128).
  mutating func count(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Any integer, zigzag-folded so small negative ones stay short.
  mutating func signed(_ value: Int) {
    count(Int(bitPattern: UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1)))))
  }

  mutating func bool(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// An optional string: its length plus one, 0 for none.
  mutating func optional(_ value: String?) {
    guard var present = value else { return count(0) }
    present.withUTF8 { utf8 in
      count(utf8.count + 1)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func strings(_ values: [String]) {
    count(values.count)
    for value in values { string(value) }
  }
}
