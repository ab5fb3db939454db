import Foundation

/// The parts of a `chronicle/1` export the tests look at, read with JSONSerialization so the
/// tests do not share the decoder they check.
public struct ExtractOutput {
  public let documentPaths: [String]
  public let paragraphTexts: [String]
  public let quoteTexts: [String]

  public init(_ data: Data) throws {
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let documents = root["documents"] as? [[String: Any]],
      let quotes = root["quotes"] as? [[String: Any]]
    else { throw CocoaError(.coderReadCorrupt) }
    documentPaths = documents.compactMap { $0["path"] as? String }
    paragraphTexts = documents.flatMap { ($0["paragraphs"] as? [[String: Any]]) ?? [] }
      .compactMap { $0["text"] as? String }
    quoteTexts = quotes.compactMap { $0["text"] as? String }
  }

  /// Whether the good article's quote came out (see `ArticleFolder.goodText`).
  public var hasGoodQuote: Bool {
    quoteTexts.contains("will resume as soon as possible in Geneva")
  }
}
