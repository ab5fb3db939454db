/// Character classes with an ASCII fast path: the Unicode property tables are the slowest
/// part of scanning otherwise, and news text is mostly ASCII. The dashes, curly quotation
/// marks, bullets and ellipsis of U+2010–U+2027, most of the non-ASCII scalars in news, have
/// none of the three properties, so they skip the tables too.
extension Unicode.Scalar {
  var isSpace: Bool {
    if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    if isGeneralPunctuationMark { return false }
    return properties.isWhitespace
  }

  var isUpper: Bool {
    if isASCII { return value >= 0x41 && value <= 0x5A }
    if isGeneralPunctuationMark { return false }
    return properties.isUppercase
  }

  var isLetter: Bool {
    if isASCII { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    if isGeneralPunctuationMark { return false }
    return properties.isAlphabetic
  }

  /// U+2010–U+2027: hyphens, dashes, quotation marks, daggers, bullets, leaders and the
  /// ellipsis (the white space of that block lies outside it, at U+2000–U+200A and U+2028).
  private var isGeneralPunctuationMark: Bool { value >= 0x2010 && value <= 0x2027 }
}

extension String {
  /// A string from Unicode scalars, encoded straight into the string's UTF-8 storage (going
  /// through `UnicodeScalarView.append` is many times slower). Arrays, their slices and
  /// buffer slices, which every caller passes, are read through a buffer pointer.
  init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    self =
      scalars.withContiguousStorageIfAvailable { String(scalarBuffer: $0) }
      ?? Array(scalars).withUnsafeBufferPointer { String(scalarBuffer: $0) }
  }

  /// The scalars' UTF-8: an ASCII scalar, nearly every one in news, is a byte apiece, with
  /// no bounds checks of a slice's indices.
  private init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    var capacity = scalars.count
    for scalar in scalars where !scalar.isASCII { capacity += UTF8.width(scalar) - 1 }
    self.init(unsafeUninitializedCapacity: capacity) { buffer in
      var i = 0
      for scalar in scalars {
        let v = scalar.value
        if v < 0x80 {
          buffer[i] = UInt8(truncatingIfNeeded: v)
          i += 1
          continue
        }
        switch UTF8.width(scalar) {
        case 2:
          buffer[i] = UInt8(0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
        case 3:
          buffer[i] = UInt8(0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
        default:
          buffer[i] = UInt8(0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
        }
        i += UTF8.width(scalar)
      }
      return i
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// The scalars of a string in one pass over its UTF-8: `Array(text.unicodeScalars)` walks
  /// the text twice, once to count, and the scalar view's decoder costs more per scalar than
  /// this loop, which copies ASCII bytes as they are. A string never has more scalars than
  /// UTF-8 bytes, so that bounds the array.
  init(scalarsOf text: String) {
    var text = text
    self = text.withUTF8 { utf8 in
      Self(unsafeUninitializedCapacity: utf8.count) { buffer, count in
        var i = 0
        while i < utf8.count {
          let lead = UInt32(utf8[i])
          guard lead >= 0x80 else {
            buffer[count] = Unicode.Scalar(UInt8(lead))
            count += 1
            i += 1
            continue
          }
          // A string's UTF-8 is valid: the lead byte gives the length, and the value is
          // always a scalar.
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var value = lead & (0x7F >> length)
          for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
          buffer[count] = Unicode.Scalar(value)!
          count += 1
          i += length
        }
      }
    }
  }
}
