extension String {
  /// The scalars between two UTF-8 offsets, as the archive records a quote or a sentence
  /// within its paragraph; nil when the offsets fall outside the text or inside a character's
  /// bytes (they do not fit this text).
  public func stretch(utf8Start start: Int, length: Int) -> Substring? {
    let utf8 = self.utf8
    guard start >= 0, length >= 0, start <= utf8.count - length else { return nil }
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(from, offsetBy: length)
    guard Self.startsScalar(from, in: utf8), Self.startsScalar(to, in: utf8) else { return nil }
    return Substring(unicodeScalars[from..<to])
  }

  private static func startsScalar(_ index: String.Index, in utf8: UTF8View) -> Bool {
    index == utf8.endIndex || utf8[index] & 0xC0 != 0x80
  }
}
