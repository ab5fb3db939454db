/// A small streaming JSON writer: keys in the order written, strings escaped per RFC 8259,
/// no intermediate dictionaries. It appends UTF-8 bytes to one buffer, so writing stays
/// linear in the output's size; strings are copied in runs between the bytes that need an
/// escape, not byte by byte, since export time is mostly copying text. The buffer is its own
/// (not an array), so an append is a capacity test and a copy; a writer is therefore not
/// copyable, only passed `inout`.
public struct JSONWriter: ~Copyable {
  private var bytes = ByteBuffer()
  /// Whether the next value or key needs a comma before it. One flag is enough: opening a
  /// container clears it, and closing one leaves the parent in the state "after a value".
  private var needsComma = false
  /// Where a streaming writer hands its bytes on, and from what size (see `init(handingOnAt:to:)`).
  private var handOn: (limit: Int, output: ([UInt8]) -> Void)?

  public init(reserving capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// A writer that hands what it has written to `output` whenever an object or array ends
  /// with `limit` bytes or more buffered, so even one huge record (a country with a million
  /// mentions) streams in pieces; `flush` hands on the rest.
  public init(handingOnAt limit: Int, to output: @escaping ([UInt8]) -> Void) {
    handOn = (limit, output)
    bytes.reserveCapacity(limit + limit / 4)
  }

  /// Starts over, empty, keeping the buffer: one writer reused for record after record
  /// allocates once instead of once a record.
  public mutating func reset() {
    bytes.removeAll()
    needsComma = false
  }

  /// Hands whatever is buffered to the streaming writer's output.
  public mutating func flush() {
    guard let handOn, !bytes.isEmpty else { return }
    handOn.output(bytes.utf8)
    bytes.removeAll()
  }

  /// The JSON text written so far.
  public var output: String { String(decoding: bytes.utf8, as: UTF8.self) }

  /// The UTF-8 bytes written so far: what goes to a file, without a `String` in between.
  public var utf8: [UInt8] { bytes.utf8 }

  /// Lends the bytes written so far to `body` without copying them.
  public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try bytes.withUTF8(body)
  }

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
    if let handOn, bytes.count >= handOn.limit { flush() }
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
    if let handOn, bytes.count >= handOn.limit { flush() }
  }

  /// Writes `"name":`; the next value call writes the value. Keys are literals of the
  /// format, none needing an escape, so they are copied as they are: a span alone has four
  /// keys, and escaping them was a tenth of the export's time. Inlined, like the other
  /// writers of literals, so that each copy has a length known when compiled and is a few
  /// moves rather than a call to `memcpy`.
  @inline(__always)
  public mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    append(name)
    append("\":")
    needsComma = false
  }

  @inline(__always)
  public mutating func string(_ value: String?) {
    separate()
    if let value { appendString(value) } else { append("null") }
  }

  @inline(__always)
  public mutating func int(_ value: Int) {
    separate()
    appendInt(value)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    append(value ? "true" : "false")
  }

  @inline(__always)
  public mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  @inline(__always)
  public mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: StaticString, strings values: [String]) {
    key(name)
    beginArray()
    for v in values { string(v) }
    endArray()
  }

  @inline(__always) private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  @inline(__always)
  private mutating func append(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private mutating func appendInt(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    bytes.appendDecimal(value.magnitude)
  }

  private mutating func appendString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    // A native string lends its bytes as it is; only another one is copied to be made so.
    if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
      var s = s
      s.withUTF8 { appendEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The bytes of a string's text, escaped where JSON needs it.
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var run = 0
    var i = 0
    while i < utf8.count {
      // Eight bytes at a time while none of them needs an escape: most text never does.
      if i + 8 <= utf8.count, !Self.anyNeedsEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
        i += 8
        continue
      }
      if Self.needsEscape(utf8[i]) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
        appendEscape(utf8[i])
        run = i + 1
      }
      i += 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
  }

  /// Whether any of the eight bytes in `word` needs an escape (a control character, `"`,
  /// `\\` or DEL), with the usual bit tricks: a byte below 0x20, or equal to one of the three.
  @inline(__always) private static func anyNeedsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
    return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
      || hasZeroByte(word ^ (ones &* 0x7F))
  }

  @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append(#"\""#)
    case UInt8(ascii: "\\"): append(#"\\"#)
    case 0x0A: append(#"\n"#)
    case 0x0D: append(#"\r"#)
    case 0x09: append(#"\t"#)
    default:
      let hex: StaticString = "0123456789abcdef"
      append(#"\u00"#)
      bytes.append(hex.utf8Start[Int(byte >> 4)])
      bytes.append(hex.utf8Start[Int(byte & 0xF)])
    }
  }
}

/// The growing byte buffer behind a `JSONWriter`: a pointer, a count and a capacity that
/// doubles, freed with the writer.
private struct ByteBuffer: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init() {
    capacity = 256
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  var isEmpty: Bool { count == 0 }

  var utf8: [UInt8] { withUTF8 { Array($0) } }

  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  mutating func reserveCapacity(_ wanted: Int) {
    if wanted > capacity { grow(to: wanted) }
  }

  mutating func removeAll() { count = 0 }

  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always) mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// The decimal digits of `value`, counted first and then written back to front in place:
  /// most numbers of the format are offsets of a few digits, and a buffer in between cost a
  /// copy each.
  mutating func appendDecimal(_ value: UInt) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    if count + digits > capacity { grow(to: count + digits) }
    var remaining = value
    var at = count + digits
    repeat {
      at -= 1
      base[at] = UInt8(truncatingIfNeeded: remaining % 10) + UInt8(ascii: "0")
      remaining /= 10
    } while at > count
    count += digits
  }

  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}
