/// An edit store that other processes write too (the archive): a second explorer or
/// `chronicle edits import` may add or revert edits while an explorer is open. The explorer
/// asks on its idle tick whether anything changed and reads the edits again only then.
public protocol SharedEditStore: EditStore {
  /// Whether another process may have changed the store since the last `load` (or the last
  /// call); cheap enough to ask several times a second.
  func changedElsewhere() throws -> Bool
}
