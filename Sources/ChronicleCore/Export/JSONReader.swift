/// A pull reader over JSON bytes (RFC 8259): the caller walks objects and arrays and takes
/// the values it wants, straight into its own types. No `Any` tree, no Foundation: opening a
/// saved 100 MB corpus is one pass over its bytes.
///
/// The typed readers (`string`, `int`) consume any value and return `nil` when it has another
/// type, the way `as? String` treated a JSONSerialization tree. Invalid UTF-8 inside strings is
/// repaired (U+FFFD), as everywhere else Chronicle reads text.
struct JSONReader {
  struct SyntaxError: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "not valid JSON (byte \(offset))" }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var at = 0

  /// `bytes` must outlive the reader.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Reads the members of an object, calling `member` with each key; `member` must consume
  /// the value. Returns `false`, having skipped the value, when it is not an object.
  mutating func object(_ member: (inout JSONReader, String) throws -> Void) throws -> Bool {
    guard try peek() == UInt8(ascii: "{") else {
      try skipValue()
      return false
    }
    at += 1
    if try peek() == UInt8(ascii: "}") {
      at += 1
      return true
    }
    while true {
      guard try peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: at) }
      let key = try readString()
      guard try peek() == UInt8(ascii: ":") else { throw SyntaxError(offset: at) }
      at += 1
      try member(&self, key)
      if try endOfList(closing: UInt8(ascii: "}")) { return true }
    }
  }

  /// Reads an array, calling `element` on each value; `element` must consume it. Returns
  /// `false`, having skipped the value, when it is not an array.
  mutating func array(_ element: (inout JSONReader) throws -> Void) throws -> Bool {
    guard try peek() == UInt8(ascii: "[") else {
      try skipValue()
      return false
    }
    at += 1
    if try peek() == UInt8(ascii: "]") {
      at += 1
      return true
    }
    while true {
      try element(&self)
      if try endOfList(closing: UInt8(ascii: "]")) { return true }
    }
  }

  /// A string value; `nil` (the value skipped) for any other type.
  mutating func string() throws -> String? {
    guard try peek() == UInt8(ascii: "\"") else {
      try skipValue()
      return nil
    }
    return try readString()
  }

  /// An integer value; `nil` (the value skipped) for any other type or a fraction.
  mutating func int() throws -> Int? {
    skipWhitespace()
    let start = at
    try skipValue()
    var i = start
    let negative = bytes[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var value = 0
    while i < at, let digit = Self.digit(bytes[i]) {
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(digit)
      if o1 || o2 { return nil }
      value = sum
      i += 1
    }
    guard i == at, i > start + (negative ? 1 : 0) else { return nil }
    return negative ? -value : value
  }

  /// `true` for the literal `true`; any other value is skipped and reads as `false`.
  mutating func isTrue() throws -> Bool {
    let isTrue = try peek() == UInt8(ascii: "t")
    try skipValue()
    return isTrue
  }

  /// An array of strings; `nil` when the value is not one.
  mutating func strings() throws -> [String]? {
    var values: [String] = []
    var allStrings = true
    let isArray = try array { r in
      if let s = try r.string() { values.append(s) } else { allStrings = false }
    }
    return isArray && allStrings ? values : nil
  }

  /// Passes over one value of any type, checking its syntax.
  mutating func skipValue() throws {
    switch try peek() {
    case UInt8(ascii: "\""): _ = try readString()
    case UInt8(ascii: "{"): _ = try object { r, _ in try r.skipValue() }
    case UInt8(ascii: "["): _ = try array { r in try r.skipValue() }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: try skipNumber()
    }
  }

  /// Checks that nothing but white space follows.
  mutating func finish() throws {
    skipWhitespace()
    guard at == bytes.count else { throw SyntaxError(offset: at) }
  }

  // MARK: - Lexing

  /// The next non-space byte, not consumed.
  private mutating func peek() throws -> UInt8 {
    skipWhitespace()
    guard at < bytes.count else { throw SyntaxError(offset: at) }
    return bytes[at]
  }

  private mutating func skipWhitespace() {
    while at < bytes.count {
      switch bytes[at] {
      case 0x20, 0x0A, 0x0D, 0x09: at += 1
      default: return
      }
    }
  }

  /// After a member or element: `true` at the closing bracket, `false` after a comma.
  private mutating func endOfList(closing: UInt8) throws -> Bool {
    let byte = try peek()
    at += 1
    if byte == closing { return true }
    guard byte == UInt8(ascii: ",") else { throw SyntaxError(offset: at - 1) }
    return false
  }

  private mutating func literal(_ word: StaticString) throws {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard at + expected.count <= bytes.count,
      expected.indices.allSatisfy({ bytes[at + $0] == expected[$0] })
    else { throw SyntaxError(offset: at) }
    at += expected.count
  }

  private mutating func skipNumber() throws {
    let start = at
    if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
    let integer = at
    while at < bytes.count, Self.digit(bytes[at]) != nil { at += 1 }
    guard at > integer else { throw SyntaxError(offset: start) }
    if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
      at += 1
      let fraction = at
      while at < bytes.count, Self.digit(bytes[at]) != nil { at += 1 }
      guard at > fraction else { throw SyntaxError(offset: start) }
    }
    if at < bytes.count, bytes[at] | 0x20 == UInt8(ascii: "e") {
      at += 1
      if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
      let exponent = at
      while at < bytes.count, Self.digit(bytes[at]) != nil { at += 1 }
      guard at > exponent else { throw SyntaxError(offset: start) }
    }
  }

  /// Reads a string at the opening quote. A run without escapes becomes the string in one
  /// step; escapes go through `JSONStringUnescaper`.
  private mutating func readString() throws -> String {
    at += 1
    let start = at
    while at < bytes.count {
      let byte = bytes[at]
      if byte == UInt8(ascii: "\"") {
        at += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        var unescaper = JSONStringUnescaper(bytes: bytes, position: start)
        guard let text = unescaper.run() else { throw SyntaxError(offset: unescaper.position) }
        at = unescaper.position
        return text
      }
      guard byte >= 0x20 else { throw SyntaxError(offset: at) }
      at += 1
    }
    throw SyntaxError(offset: start - 1)
  }

  @inline(__always) static func digit(_ byte: UInt8) -> Int? {
    byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
  }
}
