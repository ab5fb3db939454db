/// Actor records that carry the same name (any case) are one actor to a reader: a filter on
/// one covers them all, and the explorer lists them once.
///
/// Extraction merges a person's mentions within and across documents; where it leaves several
/// records with one full name, a filter on just one of them would show a fraction of what
/// involves that person.
public struct Namesakes: Sendable, Equatable {
  /// Lower-cased name → positions into `Corpus.actors`, ascending; only names held by more
  /// than one record.
  public let groups: [String: [Int]]

  /// Whether the actor at each position shares its name with another record: the actors
  /// pane asks this for every actor at each filter change, without lowercasing every name.
  private let named: [Bool]

  public init(corpus: Corpus) {
    var byName: [String: [Int]] = [:]
    for (position, actor) in corpus.actors.enumerated() {
      byName[actor.name.lowercased(), default: []].append(position)
    }
    groups = byName.filter { $0.value.count > 1 }
    var named = [Bool](repeating: false, count: corpus.actors.count)
    for position in groups.values.joined() { named[position] = true }
    self.named = named
  }

  /// Whether the actor at `position` has namesakes (other records of the same name).
  public func hasNamesakes(_ position: Int) -> Bool {
    named.indices.contains(position) && named[position]
  }

  /// How many records repeat a name held by an earlier one: the actor count a reader sees is
  /// the record count less this.
  public var repeats: Int { groups.values.reduce(0) { $0 + $1.count - 1 } }

  /// The positions of the records named like `actor` (itself included).
  public func positions(of actor: Actor, at position: Int) -> [Int] {
    groups[actor.name.lowercased()] ?? [position]
  }

  /// The ids of the records named like the actor with `id` (itself included), in `corpus`.
  static func ids(of id: String, in corpus: Corpus) -> [String] {
    guard let actor = corpus.actor(id) else { return [id] }
    let name = actor.name.lowercased()
    return corpus.actors.filter { $0.name.lowercased() == name }.map(\.id)
  }
}
