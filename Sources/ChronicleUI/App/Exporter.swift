import ChronicleCore
import Foundation

/// Writes the filtered view in a chosen format, atomically (a temporary file, then a rename),
/// so a failed export never leaves half a file behind and never touches an existing one.
enum Exporter {
  static func export(
    _ corpus: Corpus, filters: [FilterTerm], format: ExportFormat, to path: String,
    protecting inputs: ProtectedPaths
  ) -> StatusMessage {
    if inputs.contains(path) {
      return .error("export refused: \(path) is an input article; choose another file")
    }
    let filtered = corpus.filtered(by: filters)
    let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    do {
      try Data(format.render(filtered).utf8).write(to: url, options: .atomic)
      return .info(
        "exported \(PaneRows.counted(filtered.events.count, "event")), "
          + "\(PaneRows.counted(filtered.quotes.count, "quote")) from "
          + "\(PaneRows.counted(filtered.documents.count, "document")) as \(format.rawValue) to \(path)"
      )
    } catch {
      return .error("export failed: \(path): \(error.localizedDescription)")
    }
  }
}
