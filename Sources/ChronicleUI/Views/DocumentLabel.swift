import ChronicleCore
import Foundation

/// How a document is named where space is short: its outlet when the file or folder name
/// gives one, else its file name; with its publication date.
///
/// Articles rarely carry an outlet in front matter, but collections name files after it
/// (`wash-post_2016-09-12_slug.txt`) or keep each outlet in a folder (`nyt/slug.txt`).
struct DocumentLabel {
  let document: Document
  /// The file name without folder or extension.
  let fileName: String
  /// The word before the first `_` of the file name when it is a word (letters and hyphens:
  /// `wash-post_…`), else the folder the file sits in; nil when neither names anything.
  let outlet: String?

  /// Works the names out once: a corpus labels every document three ways (`DocumentLabels`).
  init(document: Document) {
    self.document = document
    let name = (document.path as NSString).lastPathComponent
    fileName = (name as NSString).deletingPathExtension
    outlet = Self.outlet(path: document.path, fileName: fileName)
  }

  private static func outlet(path: String, fileName stem: String) -> String? {
    if let underscore = stem.firstIndex(of: "_") {
      let word = stem[..<underscore]
      if word.count >= 2, word.first?.isLetter == true,
        word.allSatisfy({ $0.isLetter || $0 == "-" })
      {
        return String(word)
      }
    }
    let folder = ((path as NSString).deletingLastPathComponent as NSString)
      .lastPathComponent
    return folder.isEmpty || folder == "." || folder == ".." || folder == "/" ? nil : folder
  }

  /// The outlet or file name in `width` cells: cut, or padded so the dates after it align.
  func shortName(_ width: Int) -> String { PaneRows.padded(outlet ?? fileName, width + 1) }

  /// "12 Sep 2016" in full, "12 Sep" when `compact` (the Timeline's own date column, or the
  /// Source header, gives the year when it matters).
  func publishedDay(compact: Bool) -> String? {
    guard let day = document.published else { return nil }
    let month = Self.months[day.month - 1]
    return compact ? "\(day.day) \(month)" : "\(day.day) \(month) \(day.year)"
  }

  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// "wash-post   12 Sep 2016": where a Timeline or Quotes row comes from; in a narrow pane
  /// (`compact`), "wash-post 12 Sep".
  func provenance(compact: Bool) -> String {
    let width = compact ? 9 : 12
    guard let day = publishedDay(compact: compact) else {
      return StyledLine(outlet ?? fileName).cut(to: width).text
    }
    let column = compact ? 6 : 11
    return shortName(width) + String(repeating: " ", count: max(0, column - day.count)) + day
  }

  /// "nyt · 12 Sep 2016 · Title", for the Source header and document separators: the title
  /// last, so a narrow pane cuts the title rather than the outlet or date.
  var heading: String {
    var parts: [String] = []
    if let outlet { parts.append(outlet) }
    if let day = publishedDay(compact: false) { parts.append(day) }
    parts.append(document.title ?? fileName)
    return parts.joined(separator: " · ")
  }
}
