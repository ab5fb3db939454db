extension String {
  /// Whether the word ends in an ASCII ending ("ly", "ing", "ed"), compared byte by byte.
  /// The rules ask it of every candidate verb and the words around it, where `hasSuffix`,
  /// comparing by characters, cost more; for the words of tokens the answer is the same.
  func endsIn(_ ending: StaticString) -> Bool {
    var word = self
    return word.withUTF8 { bytes in
      ending.withUTF8Buffer { ending in
        guard bytes.count >= ending.count else { return false }
        let start = bytes.count - ending.count
        return ending.indices.allSatisfy { bytes[start + $0] == ending[$0] }
      }
    }
  }
}
