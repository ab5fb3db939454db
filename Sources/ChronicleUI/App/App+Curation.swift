import ChronicleCore

extension App {
  /// Saves or reverts an edit, then carries the curated corpus into the reducer; the status
  /// bar says "saved" only once the store has it.
  func performCuration(_ effect: Effect) {
    guard let curation else {
      send(.notify(.error("edits are off: no edits file")))
      return
    }
    do {
      let message: StatusMessage
      switch effect {
      case .saveEdit(let edit):
        try curation.save(edit)
        message = .info("saved: \(edit.summary)")
      case .revertEdit(let id, let summary):
        try curation.revert(id: id)
        message = .info("reverted: \(summary)")
      default: return
      }
      let update = EditsUpdate(rows: curation.rows, corpus: curation.curated, message: message)
      send(.editsChanged(update))
    } catch {
      send(.notify(.error("not saved: \(error)")))
    }
  }
}
