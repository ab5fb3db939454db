/// A 64-bit FNV-1a hash of an article's bytes: enough to tell a changed article from an
/// unchanged one whose mtime moved (it guards against edits, not against an adversary).
enum ContentHash {
  static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return Int64(bitPattern: hash)
  }
}
