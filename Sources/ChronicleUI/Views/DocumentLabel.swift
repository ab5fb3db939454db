import ChronicleCore
import Foundation

/// How a document is named where space is short: its outlet when the file or folder name
/// gives one, else its file name; with its publication date.
///
/// Articles rarely carry an outlet in front matter, but collections name files after it
/// (`breitbart_2016-09-12_slug.txt`) or keep each outlet in a folder (`nyt/slug.txt`).
struct DocumentLabel {
  let document: Document

  /// The file name without folder or extension.
  var fileName: String {
    let name = (document.path as NSString).lastPathComponent
    return (name as NSString).deletingPathExtension
  }

  /// The word before the first `_` of the file name when it is a word, else the folder the
  /// file sits in; nil when neither names anything.
  var outlet: String? {
    let stem = fileName
    if let underscore = stem.firstIndex(of: "_") {
      let word = stem[..<underscore]
      if word.count >= 2, word.allSatisfy(\.isLetter) { return String(word) }
    }
    let folder = ((document.path as NSString).deletingLastPathComponent as NSString)
      .lastPathComponent
    return folder.isEmpty || folder == "." || folder == ".." || folder == "/" ? nil : folder
  }

  /// The publication date as written in the front matter (`2016-09-12`), if any.
  var published: String? { document.published.map(\.description) }

  /// The outlet or file name, cut to `width` cells.
  func shortName(_ width: Int) -> String { StyledLine(outlet ?? fileName).cut(to: width).text }

  /// "outlet 2016-09-12": where a Timeline or Quotes row comes from.
  func provenance(nameWidth: Int) -> String {
    [shortName(nameWidth), published].compactMap { $0 }.joined(separator: " ")
  }

  /// "Title · outlet · 2016-09-12", for the Source header and document separators.
  var heading: String {
    var parts = [document.title ?? fileName]
    if let outlet { parts.append(outlet) }
    if let published { parts.append(published) }
    return parts.joined(separator: " · ")
  }
}
