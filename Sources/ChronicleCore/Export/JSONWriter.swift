/// A small streaming JSON writer: keys in the order written, strings escaped per RFC 8259,
/// no intermediate dictionaries. Fast enough to keep export off the profile.
public struct JSONWriter {
  public private(set) var output = ""
  private var needsComma = [false]

  public init(reserving capacity: Int = 0) {
    output.reserveCapacity(capacity)
  }

  public mutating func beginObject() {
    separate()
    output += "{"
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    output += "}"
  }

  public mutating func beginArray() {
    separate()
    output += "["
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    output += "]"
  }

  /// Writes `"name":`; the next value call writes the value.
  public mutating func key(_ name: String) {
    separate()
    Self.appendString(name, to: &output)
    output += ":"
    needsComma[needsComma.count - 1] = false
  }

  public mutating func string(_ value: String?) {
    separate()
    if let value { Self.appendString(value, to: &output) } else { output += "null" }
  }

  public mutating func int(_ value: Int) {
    separate()
    output += String(value)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    output += value ? "true" : "false"
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
    if needsComma[needsComma.count - 1] { output += "," }
    needsComma[needsComma.count - 1] = true
  }

  static func appendString(_ s: String, to out: inout String) {
    out += "\""
    var plainStart = s.unicodeScalars.startIndex
    var i = plainStart
    let scalars = s.unicodeScalars
    while i < scalars.endIndex {
      let c = scalars[i]
      let escape: String?
      switch c {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      default:
        if c.value < 0x20 || c.value == 0x7F || c.value == 0x2028 || c.value == 0x2029 {
          let hex = String(c.value, radix: 16)
          escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escape = nil
        }
      }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
        out += escape
        plainStart = scalars.index(after: i)
      }
      i = scalars.index(after: i)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out += "\""
  }
}
