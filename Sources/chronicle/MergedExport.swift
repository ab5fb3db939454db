import ChronicleCore

/// Where the parts of a merged export go, as they come: `chronicle/1` JSON streams (only the
/// merged actors, countries and places stay in memory); the other formats need the whole
/// timeline, so their parts are merged in memory and written at the end.
final class MergedExport {
  private let format: ExportFormat
  private let sink: OutputSink
  private let stream: CorpusJSONStream?
  private var merger = CorpusMerger()
  /// Laid over the merged corpus before it is written (`--edits`).
  private let edits: [Edit]
  /// The merged corpus once written, kept so that exiting need not free it record by record.
  private var written: Corpus?

  /// With edits, every format is merged in memory: the overlay needs the whole corpus.
  init(format: ExportFormat, sink: OutputSink, edits: [Edit] = []) throws {
    self.format = format
    self.sink = sink
    self.edits = edits
    stream = format == .json && edits.isEmpty ? try sink.abandoning { try CorpusJSONStream { sink.write($0) } } : nil
  }

  func add(_ part: Corpus) {
    if let stream { stream.add(part) } else { merger.add(part) }
  }

  /// Writes what is left and closes the output.
  func finish() throws {
    if let stream {
      try sink.abandoning { try stream.finish() }
    } else {
      let curated = Curation.apply(edits, to: merger.corpus())
      if curated.staleCount > 0 {
        FileDescriptor.standardError.write(
          "chronicle: warning: \(curated.staleCount) of \(edits.count) edit(s) no longer find "
            + "their target (stale); see :edits in the explorer\n")
      }
      let corpus = curated.corpus
      format.write(corpus) { sink.write($0) }
      written = corpus
    }
    try sink.close()
  }
}
