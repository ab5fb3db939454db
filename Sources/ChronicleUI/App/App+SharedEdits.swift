import ChronicleCore

extension App {
  /// Whether the edits live where another process can change them (the archive), so the
  /// idle loop should look now and then.
  var watchesEdits: Bool { curation?.isShared ?? false }

  /// Takes in edits another process saved to the archive meanwhile (a second explorer,
  /// `chronicle edits import`): the edits are laid over the corpus again and the reader's
  /// place moves onto it. Cheap when nothing changed (one `PRAGMA data_version`). Returns
  /// whether the screen changed.
  @discardableResult
  public func pollEdits() -> Bool {
    guard pendingLoad == nil, let curation, curation.reloadIfChangedElsewhere() else {
      return false
    }
    send(
      .editsChanged(
        EditsUpdate(
          rows: curation.rows, corpus: curation.curated,
          message: .info("edits changed by another process"))))
    return true
  }
}
