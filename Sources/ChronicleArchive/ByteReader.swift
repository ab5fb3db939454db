/// Reads what `ByteWriter` wrote, checking every length against the end of the buffer, so a
/// truncated or damaged blob is an error, never a read past its end.
struct ByteReader {
  struct Truncated: Error, CustomStringConvertible {
    var description: String { "the stored extraction is truncated or damaged" }
  }

  private let bytes: UnsafeRawBufferPointer
  private var position = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { position == bytes.count }

  /// Whether the next bytes are `prefix`, consuming them when they are.
  mutating func skip(_ prefix: [UInt8]) -> Bool {
    guard bytes.count - position >= prefix.count,
      prefix.indices.allSatisfy({ bytes[position + $0] == prefix[$0] })
    else { return false }
    position += prefix.count
    return true
  }

  mutating func count() throws -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 64 else { throw Truncated() }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return Int(truncatingIfNeeded: value) }
      shift += 7
    }
  }

  mutating func signed() throws -> Int {
    let folded = UInt(bitPattern: try count())
    return Int(bitPattern: folded >> 1) ^ -Int(bitPattern: folded & 1)
  }

  mutating func bool() throws -> Bool {
    guard position < bytes.count else { throw Truncated() }
    position += 1
    return bytes[position - 1] != 0
  }

  mutating func string() throws -> String {
    try text(length: try count())
  }

  /// Moves past a string without making it.
  mutating func skipString() throws {
    let length = try count()
    guard length >= 0, length <= bytes.count - position else { throw Truncated() }
    position += length
  }

  mutating func optional() throws -> String? {
    let stored = try count()
    return stored == 0 ? nil : try text(length: stored - 1)
  }

  mutating func strings() throws -> [String] {
    try list { try $0.string() }
  }

  /// A count, then that many elements read by `element`. The count is checked against the
  /// bytes left (every element takes one at least) before anything is reserved.
  mutating func list<T>(_ element: (inout ByteReader) throws -> T) throws -> [T] {
    let count = try count()
    guard count >= 0, count <= bytes.count - position else { throw Truncated() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try element(&self)) }
    return values
  }

  private mutating func text(length: Int) throws -> String {
    guard length >= 0, length <= bytes.count - position else { throw Truncated() }
    defer { position += length }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
  }
}
