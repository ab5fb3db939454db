import ChronicleCore

/// The explorer's side of curation: the extracted corpus, the store of edits and the overlay
/// of one on the other. The app shows `curated`, never `base`.
final class CurationSession {
  let store: EditStore
  private(set) var base: Corpus = .empty
  private(set) var curated: Corpus = .empty
  private(set) var stored: [StoredEdit] = []
  private var applies: [Int: Bool] = [:]
  /// Why the store could not be read; edits are neither shown nor saved then, so a broken
  /// file is never overwritten.
  private(set) var problem: String?

  init(store: EditStore) {
    self.store = store
    do {
      stored = try store.load()
    } catch {
      problem = "\(error)"
    }
  }

  /// The edits, newest first, as `:edits` lists them.
  var rows: [EditRow] { EditRow.rows(stored, applies: applies) }

  /// Takes a newly extracted corpus and returns it with the edits laid over.
  func rebase(_ corpus: Corpus) -> Corpus {
    base = corpus
    overlay()
    return curated
  }

  /// Saves `edit` durably, then lays all edits over the base again.
  func save(_ edit: Edit) throws {
    try refuseIfBroken()
    stored.append(try store.append(edit))
    overlay()
  }

  func revert(id: Int) throws {
    try refuseIfBroken()
    try store.revert(id: id)
    stored = try store.load()
    overlay()
  }

  /// Whether another process can change the edits (they live in the archive).
  var isShared: Bool { problem == nil && store is SharedEditStore }

  /// Reads the edits again when another process changed the store (a second explorer,
  /// `chronicle edits import`) and lays them over the base; returns whether they differ from
  /// those shown. A store that cannot be read now keeps the edits shown.
  func reloadIfChangedElsewhere() -> Bool {
    guard problem == nil, let shared = store as? SharedEditStore,
      (try? shared.changedElsewhere()) == true, let fresh = try? store.load(), fresh != stored
    else { return false }
    stored = fresh
    overlay()
    return true
  }

  private func refuseIfBroken() throws {
    if let problem { throw EditStoreError("edits are off: \(problem)") }
  }

  private func overlay() {
    let active = stored.filter { !$0.reverted }
    let result = Curation.apply(active.map(\.edit), to: base)
    curated = result.corpus
    applies = Dictionary(zip(active.map(\.id), result.applies), uniquingKeysWith: { a, _ in a })
  }
}
