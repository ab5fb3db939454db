/// Writes the `chronicle/1` export of a merge while its parts still come in, so memory holds
/// the merged actors, countries and places but not the corpus: documents go to the output at
/// once; times, quotes and events are encoded at once and spilled to temporary files, events
/// with their timeline keys so `finish` can write them in timeline order, quotes and events
/// with their actor references left for `finish` to fill in (`ActorReferenceSpill`). The
/// bytes equal `CorpusJSON.write` of the same parts merged by `CorpusMerger`.
public final class CorpusJSONStream {
  private let output: ([UInt8]) -> Void
  private var joiner = CorpusJoiner()
  private var pending: [UInt8] = []
  private var documentCount = 0
  private let times: SpillFile
  private let quotes: ActorReferenceSpill
  private var timeCount = 0
  /// Each event's fields after its id (see `CorpusJSON.writeFields(of:to:)`), one after another.
  private let events: ActorReferenceSpill
  private var eventKeys: [Int] = []

  /// Output is handed on in pieces of about this size.
  private static let pieceSize = 1 << 20

  /// Starts the export; `output` receives it in order, piece by piece.
  /// - Throws: when the temporary files cannot be made.
  public init(output: @escaping ([UInt8]) -> Void) throws {
    self.output = output
    times = try SpillFile()
    quotes = try ActorReferenceSpill(field: "speaker", isList: false)
    events = try ActorReferenceSpill(field: "actors", isList: true)
    pending = CorpusJSON.opening + CorpusJSON.sectionOpening("documents")
  }

  /// Takes in the next part (a one-document corpus from an extraction, or a saved export).
  public func add(_ part: Corpus) {
    let joined = joiner.join(part)
    var w = JSONWriter()
    for document in joined.documents {
      if documentCount > 0 { pending.append(UInt8(ascii: ",")) }
      documentCount += 1
      w.reset()
      CorpusJSON.write(document, to: &w)
      w.withUTF8 { pending.append(contentsOf: $0) }
    }
    if pending.count >= Self.pieceSize { handOn() }
    spill(joined.times, to: times, after: &timeCount, CorpusJSON.write)
    for (quote, speaker) in zip(joined.quotes, joined.quoteSpeakers) {
      w.reset()
      CorpusJSON.write(quote, to: &w)
      w.withUTF8 { quotes.append($0, naming: speaker.map { [$0] } ?? []) }
    }
    for (position, event) in joined.events.enumerated() {
      w.reset()
      CorpusJSON.writeFields(of: event, to: &w)
      w.endObject()
      w.withUTF8 { events.append($0, naming: joined.eventActors[position]) }
    }
    eventKeys += joined.eventKeys
  }

  /// Writes the rest of the export: the merged actors, countries and places, then the
  /// spilled times, quotes and the events in timeline order.
  /// - Throws: when a temporary file could not be written or read back.
  public func finish() throws {
    pending.append(UInt8(ascii: "]"))
    handOn()
    // Written on this thread by a streaming writer: a country's mentions alone can run to
    // megabytes, and no section is held whole.
    let actors = joiner.resolveActors()
    let (documentIDs, countryMentions, placeMentions) =
      (joiner.documentIDs, joiner.countryMentions, joiner.placeMentions)
    for section in [
      CorpusJSON.actorSection(actors.actors) {
        for m in actors.mentions[$0] { $1(m.span(in: documentIDs)) }
      },
      CorpusJSON.countrySection(joiner.countries) {
        for m in countryMentions[$0] { $1(m.span(in: documentIDs)) }
      },
      CorpusJSON.placeSection(joiner.places) {
        for m in placeMentions[$0] { $1(m.span(in: documentIDs)) }
      },
    ] {
      output(CorpusJSON.sectionOpening(section.name))
      var w = JSONWriter(handingOnAt: Self.pieceSize, to: output)
      for record in 0..<section.count { section.write(record, &w) }
      w.flush()
      output([UInt8(ascii: "]")])
    }
    output(CorpusJSON.sectionOpening("times"))
    try times.copy(to: output)
    output([UInt8(ascii: "]")])
    output(CorpusJSON.sectionOpening("quotes"))
    try write(quotes, order: Array(0..<quotes.count), actors: actors, numbered: false)
    output([UInt8(ascii: "]")])
    output(CorpusJSON.sectionOpening("events"))
    try write(events, order: TimelineOrder.order(eventKeys), actors: actors, numbered: true)
    output([UInt8(ascii: "]")] + CorpusJSON.closing)
  }

  private func spill<Record>(
    _ records: [Record], to file: SpillFile, after count: inout Int,
    _ write: (Record, inout JSONWriter) -> Void
  ) {
    guard !records.isEmpty else { return }
    var w = JSONWriter()
    for record in records { write(record, &w) }
    if count > 0 { file.append(CollectionOfOne(UInt8(ascii: ","))) }
    w.withUTF8 { file.append($0) }
    count += records.count
  }

  /// Reads spilled records back in `order`, their actor ids filled in, a stretch of them per
  /// job on all cores (reads name their offsets, so they need no order), handed on in order.
  /// Events (`numbered`) get their ids here, from their rank in the timeline.
  private func write(
    _ spill: ActorReferenceSpill, order: [Int], actors: CorpusJoiner.ResolvedActors,
    numbered: Bool
  ) throws {
    handOn()
    let records = try spill.readBack()
    let stretch = 1024
    var failure: SpillFile.Failure?
    OrderedParallel.run(
      count: (order.count + stretch - 1) / stretch, window: 4,
      job: { n -> Result<[UInt8], SpillFile.Failure> in
        var bytes: [UInt8] = []
        var id = JSONWriter()
        do throws(SpillFile.Failure) {
          for rank in (n * stretch)..<min(order.count, (n + 1) * stretch) {
            if rank > 0 { bytes.append(UInt8(ascii: ",")) }
            if numbered {
              id.reset()
              id.beginObject()
              id.field("id", RecordID.make("e", rank + 1))
              id.withUTF8 { bytes.append(contentsOf: $0) }
              bytes.append(UInt8(ascii: ","))
            }
            try records.read(order[rank], with: actors, appendingTo: &bytes)
          }
        } catch {
          return .failure(error)
        }
        return .success(bytes)
      },
      emit: { _, result in
        switch result {
        case .success(let bytes): output(bytes)
        case .failure(let error): failure = failure ?? error
        }
      })
    if let failure { throw failure }
  }

  private func handOn() {
    guard !pending.isEmpty else { return }
    output(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
