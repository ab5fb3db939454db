/// Spilled records (quotes, events) whose actor references are filled in at read-back: a
/// streamed merge writes a record when its document is done, but which actor it names is
/// known only when the whole corpus is (`ActorClusters`). Each record is spilled with the
/// empty value of its actor field (`"speaker":null`, `"actors":[]`), and the cluster numbers
/// it names wait in memory (a few integers a record) until `read` puts the resolved ids in
/// that place (`readBack`). A record that names no actor reads back as written.
final class ActorReferenceSpill {
  let file: SpillFile
  /// The actor field with its empty value, as spilled; the key cannot occur inside a JSON
  /// string (a quotation mark in a string is escaped), so it occurs once, as the field.
  private let emptyField: [UInt8]
  private let emptyValueLength: Int
  private let isList: Bool
  /// Where each record starts, and after the last one where the spill ends.
  private(set) var offsets: [Int] = [0]
  /// Per record, where the empty value starts within it; -1 when the record names no actor.
  private var holes: [Int32] = []
  private var referenceStarts: [Int] = [0]
  private var references: [Int32] = []

  /// A spill for records whose actor field is `field`: a list of ids (`"actors"`) when
  /// `isList`, else one id or null (`"speaker"`).
  init(field: String, isList: Bool) throws(SpillFile.Failure) {
    file = try SpillFile()
    let emptyValue = isList ? "[]" : "null"
    emptyField = Array("\"\(field)\":\(emptyValue)".utf8)
    precondition(emptyField.count >= 8, "an actor field is sought eight bytes at a time")
    emptyValueLength = emptyValue.utf8.count
    self.isList = isList
  }

  var count: Int { holes.count }

  /// Spills one record's bytes, written with the actor field empty, and the clusters it names.
  func append(_ bytes: UnsafeBufferPointer<UInt8>, naming clusters: [Int]) {
    var hole: Int32 = -1
    if !clusters.isEmpty, let at = occurrence(of: emptyField, in: bytes) {
      hole = Int32(at + emptyField.count - emptyValueLength)
      for cluster in clusters { references.append(Int32(cluster)) }
    }
    holes.append(hole)
    referenceStarts.append(references.count)
    file.append(bytes)
    offsets.append(file.count)
  }

  /// The spill's reader, once every record is in: it reads records in any order, from any
  /// thread.
  func readBack() throws(SpillFile.Failure) -> ReadBack {
    ReadBack(
      reader: try file.reader(), offsets: offsets, holes: holes,
      referenceStarts: referenceStarts, references: references,
      emptyValueLength: emptyValueLength, isList: isList)
  }

  struct ReadBack: Sendable {
    fileprivate let reader: SpillFile.Reader
    fileprivate let offsets: [Int]
    fileprivate let holes: [Int32]
    fileprivate let referenceStarts: [Int]
    fileprivate let references: [Int32]
    fileprivate let emptyValueLength: Int
    fileprivate let isList: Bool

    /// Appends record `record` to `buffer` with its actor ids resolved.
    func read(
      _ record: Int, with actors: CorpusJoiner.ResolvedActors, appendingTo buffer: inout [UInt8]
    ) throws(SpillFile.Failure) {
      let start = buffer.count
      try reader.read(offsets[record]..<offsets[record + 1], appendingTo: &buffer)
      let hole = Int(holes[record])
      guard hole >= 0 else { return }
      let clusters = references[referenceStarts[record]..<referenceStarts[record + 1]].map(Int.init)
      var w = JSONWriter()
      if isList {
        w.beginArray()
        for id in actors.ids(of: clusters) { w.string(id) }
        w.endArray()
      } else {
        w.string(actors.ids[clusters[0]])
      }
      let at = start + hole
      buffer.replaceSubrange(at..<(at + emptyValueLength), with: w.utf8)
    }
  }

  /// The field's one occurrence (see `emptyField`), sought from the end: a record's long
  /// text (a quote's words, an event's summary) comes before its actor field and only its
  /// short span after, and reading the text for it cost more than writing the record.
  /// Each place is tried on the pattern's first eight bytes at once (a field is longer, as
  /// `init` checks), then on the rest.
  private func occurrence(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count >= pattern.count, let base = bytes.baseAddress else { return nil }
    return pattern.withUnsafeBufferPointer { p -> Int? in
      guard let pattern = p.baseAddress else { return nil }
      let head = UnsafeRawPointer(pattern).loadUnaligned(as: UInt64.self)
      for at in stride(from: bytes.count - p.count, through: 0, by: -1)
      where UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self) == head
        && (8..<p.count).allSatisfy({ base[at + $0] == pattern[$0] })
      {
        return at
      }
      return nil
    }
  }
}
