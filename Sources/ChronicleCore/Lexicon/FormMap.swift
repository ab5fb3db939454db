/// A word list looked up by a token's interned form instead of by hashing its text: every key
/// is a form of the base vocabulary, so a token's form id (or, caseless, the id of its lower
/// case) indexes the values directly. The rules ask these lists about most name tokens, and
/// hashing the text each time cost more than the rest of reading a name.
struct FormMap<Value: Sendable>: Sendable {
  /// Values by base form id.
  private let values: [Value?]
  /// The list as given, for tokens made without a vocabulary.
  private let byText: [String: Value]
  private let caseless: Bool

  /// `caseless` looks tokens up by their lower case (the keys are then lower case). Every key
  /// must be in `Vocabulary.baseWords`.
  init(_ entries: [String: Value], caseless: Bool) {
    var values = [Value?](repeating: nil, count: Vocabulary.baseCount)
    for (word, value) in entries {
      guard let id = Vocabulary.baseID(of: word) else {
        preconditionFailure("\(word) is not in the base vocabulary")
      }
      values[Int(id)] = value
    }
    self.values = values
    byText = entries
    self.caseless = caseless
  }

  subscript(token: Token) -> Value? {
    guard token.form >= 0 else { return byText[caseless ? token.lower : token.text] }
    guard let id = caseless ? token.lowerForm : token.form, Int(id) < values.count else {
      return nil
    }
    return values[Int(id)]
  }
}
