/// A word list looked up by a token's interned form instead of by hashing its text: every key
/// is a form of the base vocabulary, so a token's form id indexes the values directly.
struct FormMap<Value: Sendable>: Sendable {
  /// Values by base form id.
  private let values: [Value?]
  /// The list as given, for tokens made without a vocabulary.
  private let byText: [String: Value]
  /// Every key must be a word of `Vocabulary`'s base, matched as written.
  init(_ entries: [String: Value]) {
    var values = [Value?](repeating: nil, count: Vocabulary.baseCount)
    for (word, value) in entries {
      guard let id = Vocabulary.baseID(of: word) else {
        preconditionFailure("\(word) is not in the base vocabulary")
      }
      values[Int(id)] = value
    }
    self.values = values
    byText = entries
  }

  subscript(token: Token) -> Value? {
    guard token.form >= 0 else { return byText[token.text] }
    return Int(token.form) < values.count ? values[Int(token.form)] : nil
  }
}
