import ChronicleCore

extension App {
  /// Runs `/` across every article through the archive's full-text index and hands the
  /// matching paragraphs to the reducer.
  func searchArticles(_ query: String) {
    guard let articleSearch else { return }
    do {
      let paragraphs = try articleSearch.paragraphs(matching: query, in: corpus)
      send(.articleMatches(query: query, paragraphs: paragraphs))
    } catch {
      send(.notify(.error("search failed: \(error)")))
    }
  }
}
