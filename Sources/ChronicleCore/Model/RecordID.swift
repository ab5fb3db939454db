/// The ids of records: a letter and a number ("a12", "t3", "q7"), written straight as bytes.
/// An extraction names every actor, time and quote of every sentence by id, and string
/// interpolation went through `description` and a growing string for each.
enum RecordID {
  /// `prefix` then `number` in decimal; `prefix` is ASCII and `number` is not negative.
  static func make(_ prefix: Unicode.Scalar, _ number: Int) -> String {
    precondition(prefix.isASCII && number >= 0, "a record id is a letter and a count")
    var digits = 1
    var rest = number / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    return String(unsafeUninitializedCapacity: digits + 1) { bytes in
      bytes[0] = UInt8(prefix.value)
      var remaining = number
      for at in stride(from: digits, to: 0, by: -1) {
        bytes[at] = UInt8(truncatingIfNeeded: remaining % 10) + UInt8(ascii: "0")
        remaining /= 10
      }
      return digits + 1
    }
  }
}
