/// Rejects table headers with no key (`[=`, `[[ =`) before TOMLKit sees them: its toml++
/// parser asserts on them and aborts the process instead of reporting an error (found by
/// scripts/fuzz.sh). A header must start with a bare-key character or a quote, or be `[]`
/// (which toml++ reports itself).
///
/// Lines inside multi-line strings are checked too; keymap and theme files have none.
enum TOMLHeaderGuard {
  /// The 1-based line of the first header without a key, if any.
  static func lineOfHeaderWithoutKey(in text: String) -> Int? {
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var rest = line.unicodeScalars.drop { $0 == " " || $0 == "\t" }
      guard rest.first == "[" else { continue }
      rest = rest.dropFirst()
      if rest.first == "[" { rest = rest.dropFirst() }
      guard let first = rest.first(where: { $0 != " " && $0 != "\t" }) else {
        return number + 1
      }
      if !startsKey(first) { return number + 1 }
    }
    return nil
  }

  private static func startsKey(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "\"", "'", "]": return true
    default: return false
    }
  }
}
