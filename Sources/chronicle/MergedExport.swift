import ChronicleCore

/// Where the parts of a merged export go, as they come: `chronicle/1` JSON streams (only the
/// merged actors, countries and places stay in memory); the other formats need the whole
/// timeline, so their parts are merged in memory and written at the end.
final class MergedExport {
  private let format: ExportFormat
  private let sink: OutputSink
  private let stream: CorpusJSONStream?
  private var merger = CorpusMerger()
  /// The merged corpus once written, kept so that exiting need not free it record by record.
  private var written: Corpus?

  init(format: ExportFormat, sink: OutputSink) throws {
    self.format = format
    self.sink = sink
    stream = format == .json ? try sink.abandoning { try CorpusJSONStream { sink.write($0) } } : nil
  }

  func add(_ part: Corpus) {
    if let stream { stream.add(part) } else { merger.add(part) }
  }

  /// Writes what is left and closes the output.
  func finish() throws {
    if let stream {
      try sink.abandoning { try stream.finish() }
    } else {
      let corpus = merger.corpus()
      format.write(corpus) { sink.write($0) }
      written = corpus
    }
    try sink.close()
  }
}
