/// A small streaming JSON writer: keys in the order written, strings escaped per RFC 8259,
/// no intermediate dictionaries. It appends UTF-8 bytes to one buffer, so writing stays
/// linear in the output's size.
public struct JSONWriter {
  private var bytes: [UInt8] = []
  private var needsComma = [false]

  public init(reserving capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON text written so far.
  public var output: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func beginObject() {
    separate()
    append("{")
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    append("}")
  }

  public mutating func beginArray() {
    separate()
    append("[")
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    append("]")
  }

  /// Writes `"name":`; the next value call writes the value.
  public mutating func key(_ name: String) {
    separate()
    appendString(name)
    append(":")
    needsComma[needsComma.count - 1] = false
  }

  public mutating func string(_ value: String?) {
    separate()
    if let value { appendString(value) } else { append("null") }
  }

  public mutating func int(_ value: Int) {
    separate()
    append(String(value))
  }

  public mutating func bool(_ value: Bool) {
    separate()
    append(value ? "true" : "false")
  }

  public mutating func field(_ name: String, _ value: String?) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: String, strings values: [String]) {
    key(name)
    beginArray()
    for v in values { string(v) }
    endArray()
  }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  private mutating func appendString(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20, 0x7F:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default:
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
