/// A fixed word list with a value per word, for the lookups made on every token. It hashes
/// the word's UTF-8 bytes with FNV-1a into an open-addressed table: `Dictionary` seeds and
/// finalises a SipHash for each lookup, which cost more than the rest of the tokenizer's
/// lookup work, and most tokens are short words that are not in the list at all.
struct WordTable<Value: Sendable>: Sendable {
  /// Each word with its hash: a probe compares hashes first, since most probes meet another
  /// word, and comparing two different strings costs more than comparing two numbers.
  private var slots: [(hash: Int, word: String, value: Value)?]
  private let mask: Int

  init(_ entries: [String: Value]) {
    var size = 16
    while size < entries.count * 2 { size *= 2 }  // at most half full: probes stay short
    mask = size - 1
    slots = Array(repeating: nil, count: size)
    for (word, value) in entries {
      let hash = Self.hash(word)
      var slot = hash & mask
      while slots[slot] != nil { slot = (slot + 1) & mask }
      slots[slot] = (hash, word, value)
    }
  }

  subscript(word: String) -> Value? {
    let hash = Self.hash(word)
    var slot = hash & mask
    while let entry = slots[slot] {
      if entry.hash == hash, entry.word == word { return entry.value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  func contains(_ word: String) -> Bool { self[word] != nil }

  /// Hashes the bytes in place: walking `word.utf8` by index costs several times more per
  /// byte, and native strings (inline small ones too) always have contiguous UTF-8.
  private static func hash(_ word: String) -> Int {
    word.utf8.withContiguousStorageIfAvailable(hash) ?? hash(Array(word.utf8))
  }

  private static func hash(_ bytes: some Sequence<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }
}

extension WordTable where Value == Void {
  /// A plain word set.
  init(_ words: some Sequence<String>) {
    self.init(Dictionary(words.map { ($0, ()) }, uniquingKeysWith: { _, _ in }))
  }
}
