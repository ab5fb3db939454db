import ChronicleCore
import Dispatch

extension App {
  /// Runs `/` across every article through the archive's full-text index and hands the
  /// matching paragraphs to the reducer.
  /// Lets the search get ready for the loaded corpus in the background, so the first `/`
  /// across articles is as quick as the next ones.
  func prepareArticleSearch() {
    guard let articleSearch else { return }
    let corpus = self.corpus
    DispatchQueue.global().async { articleSearch.prepare(for: corpus) }
  }

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
