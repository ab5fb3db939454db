import ChronicleCore

/// A new version of the open corpus (articles arrived, changed or left while following), as
/// a value the dispatcher can take: `reduce` moves the reader's place onto it.
///
/// Two updates are equal when their versions are: the corpus itself is too big to compare.
public struct CorpusUpdate: Sendable, Equatable {
  public var version: Int
  public var corpus: Corpus
  public var added: Int
  public var changed: Int
  public var removed: Int
  /// Bad arrivals (binary, empty, unreadable …), each reported once.
  public var problems: [InputProblem]

  public init(
    version: Int, corpus: Corpus, added: Int = 0, changed: Int = 0, removed: Int = 0,
    problems: [InputProblem] = []
  ) {
    self.version = version
    self.corpus = corpus
    self.added = added
    self.changed = changed
    self.removed = removed
    self.problems = problems
  }

  public static func == (lhs: CorpusUpdate, rhs: CorpusUpdate) -> Bool {
    lhs.version == rhs.version
  }

  /// The status-bar line: "+3 articles · 1 changed · 1 gone", and bad arrivals.
  var summary: StatusMessage? {
    var parts: [String] = []
    if added > 0 { parts.append("+\(added) article" + (added == 1 ? "" : "s")) }
    if changed > 0 { parts.append("\(changed) changed") }
    if removed > 0 { parts.append("\(removed) gone") }
    let skipped = problems.filter { $0.severity == .skipped }
    if let first = skipped.first {
      let more = skipped.count > 1 ? " (+\(skipped.count - 1) more)" : ""
      parts.append("skipped \(first.description)\(more)")
      return .error(parts.joined(separator: " · "))
    }
    return parts.isEmpty ? nil : .info(parts.joined(separator: " · "))
  }
}

/// Whether the explorer follows its folders, and how many articles arrived since it opened.
public struct FollowState: Sendable, Equatable {
  public var isOn: Bool
  public var arrived: Int

  public init(isOn: Bool, arrived: Int = 0) {
    self.isOn = isOn
    self.arrived = arrived
  }
}
