import ChronicleCore

/// Every document's `DocumentLabel` texts, worked out once per corpus: rows ask for them on
/// every frame, and file-name parsing per row would cost more than drawing it.
struct DocumentLabels: Sendable, Equatable {
  private var full: [String] = []
  private var compact: [String] = []
  private var headings: [String] = []

  init(corpus: Corpus) {
    for document in corpus.documents {
      let label = DocumentLabel(document: document)
      full.append(label.provenance(compact: false))
      compact.append(label.provenance(compact: true))
      headings.append(label.heading)
    }
  }

  /// Where a row from the document at `position` comes from (see `DocumentLabel.provenance`).
  func provenance(_ position: Int, compact narrow: Bool) -> String {
    guard full.indices.contains(position) else { return "" }
    return narrow ? compact[position] : full[position]
  }

  /// "outlet · date · title" of the document at `position`.
  func heading(_ position: Int) -> String {
    headings.indices.contains(position) ? headings[position] : ""
  }
}
