/// Where each id sits in a list of records. The ids a merge gives out — one prefix, then 1, 2,
/// 3… in list order (`q1`, `q2`) — are read as numbers, with no table: a big corpus's quotes
/// and times need no dictionary of hundreds of thousands of strings. Other ids (a hand-made
/// or foreign export) go through a dictionary.
public struct IDPositions: Sendable {
  /// The shared prefix when the ids are numbered in order; nil when the table is used.
  private let prefix: String?
  private let count: Int
  private let table: [String: Int]

  init(_ ids: [String]) {
    count = ids.count
    if let numbered = Self.numberedPrefix(ids) {
      prefix = numbered
      table = [:]
    } else {
      prefix = nil
      table = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// The position of `id`, nil when no record has it.
  public subscript(_ id: String) -> Int? {
    guard let prefix else { return table[id] }
    guard let number = Self.number(id, after: prefix), number <= count else { return nil }
    return number - 1
  }

  /// The prefix every id shares when the ids are that prefix and 1, 2, 3… in order.
  private static func numberedPrefix(_ ids: [String]) -> String? {
    guard let first = ids.first else { return nil }
    let prefix = String(first.prefix { !("0"..."9").contains($0) })
    for (position, id) in ids.enumerated() where number(id, after: prefix) != position + 1 {
      return nil
    }
    return prefix
  }

  /// The number after `prefix` in `id`, written as a decimal without leading zeros; nil when
  /// `id` is not so made.
  private static func number(_ id: String, after prefix: String) -> Int? {
    guard id.hasPrefix(prefix) else { return nil }
    let digits = id.utf8.dropFirst(prefix.utf8.count)
    guard let lead = digits.first, lead != UInt8(ascii: "0"), digits.count <= 18 else { return nil }
    var number = 0
    for digit in digits {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      number = number * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return number
  }
}
