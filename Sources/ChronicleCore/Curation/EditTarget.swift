/// An actor as an edit names it: by its names (display name first, then aliases), never by an
/// id, since ids are renumbered by every extraction.
public struct ActorTarget: Sendable, Hashable, Codable {
  public var names: [String]

  public init(names: [String]) { self.names = names }

  public init(_ actor: Actor) { names = [actor.name] + actor.aliases }

  /// The actor in `actors` these names point to: the one called by the first name, else the
  /// one known by it as an alias, else the one sharing most names.
  func resolve(in actors: [Actor]) -> Int? {
    let wanted = names.map { $0.lowercased() }
    guard let first = wanted.first else { return nil }
    if let hit = actors.firstIndex(where: { $0.name.lowercased() == first }) { return hit }
    if let hit = actors.firstIndex(where: { $0.aliases.contains { $0.lowercased() == first } }) {
      return hit
    }
    let shared = actors.indices.map { i in
      ([actors[i].name] + actors[i].aliases).filter { wanted.contains($0.lowercased()) }.count
    }
    guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }), shared[best] > 0
    else { return nil }
    return best
  }
}

/// An article as an edit names it: by content hash, so it is found again after a move, and
/// by path, so it is found again after its text changed.
public struct DocumentTarget: Sendable, Hashable, Codable {
  public var path: String
  /// FNV-1a 64 of the paragraph texts, as 16 hex digits.
  public var hash: String

  public init(path: String, hash: String) {
    self.path = path
    self.hash = hash
  }

  public init(_ document: Document) {
    path = document.path
    hash = Self.contentHash(document.paragraphs.map(\.text))
  }

  /// The ids of the documents this target names: those with the same content, else those at
  /// the same path.
  func resolve(in documents: DocumentDirectory) -> Set<String> {
    Set(documents.byHash[hash] ?? documents.byPath[path] ?? [])
  }

  static func contentHash(_ paragraphs: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (i, text) in paragraphs.enumerated() {
      for byte in Array((i == 0 ? "" : "\n").utf8) + Array(text.utf8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// The corpus's documents by content hash and by path, worked out once per overlay.
struct DocumentDirectory {
  let byHash: [String: [String]]
  let byPath: [String: [String]]
  /// Document id → position in the corpus.
  let positions: [String: Int]

  init(_ documents: [Document]) {
    positions = Dictionary(
      documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var byHash: [String: [String]] = [:]
    var byPath: [String: [String]] = [:]
    for document in documents {
      byHash[DocumentTarget(document).hash, default: []].append(document.id)
      byPath[document.path, default: []].append(document.id)
    }
    self.byHash = byHash
    self.byPath = byPath
  }
}

/// A quote or event as an edit names it: its document and the text it covers, which survive
/// renumbering and changes to other paragraphs.
public struct SpanTarget: Sendable, Hashable, Codable {
  public var document: DocumentTarget
  public var text: String

  public init(document: DocumentTarget, text: String) {
    self.document = document
    self.text = text
  }
}
