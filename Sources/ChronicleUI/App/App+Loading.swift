import ChronicleCore

extension App {
  /// Whether the corpus is still being read in the background.
  public var isLoading: Bool { pendingLoad != nil }

  /// Checks the background load: shows its progress, or swaps in the finished corpus. Returns
  /// whether the screen changed and needs drawing.
  @discardableResult
  public func pollLoad() -> Bool {
    guard let load = pendingLoad else { return false }
    switch load.status {
    case .running(let progress):
      guard let progress, progress != state.loading else { return false }
      send(.loadProgress(done: progress.done, total: progress.total))
    case .finished(let corpus, let problems):
      pendingLoad = nil
      replaceCorpus(corpus, message: Self.summary(problems))
    }
    return true
  }

  /// Swaps in a new corpus, keeping the size, focus, theme, layout and any open prompt;
  /// filters and cursors start afresh because they pointed into the old corpus.
  public func replaceCorpus(_ extracted: Corpus, message: StatusMessage? = nil) {
    let corpus = curation?.rebase(extracted) ?? extracted
    self.corpus = corpus
    var fresh = AppState(
      corpus: corpus, size: state.size, themeName: state.themeName, layoutMode: state.layoutMode)
    fresh.focus = state.focus
    fresh.prompt = state.prompt
    fresh.helpScroll = state.helpScroll
    fresh.message = message ?? state.message
    fresh.edits = state.edits
    state = reduce(fresh, .resize(state.size), corpus: corpus).state
  }

  /// The status-bar line for load problems; the details go to standard error on exit, since
  /// writing there now would scribble over the screen.
  static func summary(_ problems: [InputProblem]) -> StatusMessage? {
    let skipped = problems.filter { $0.severity == .skipped }.count
    let warned = problems.count - skipped
    guard !problems.isEmpty else { return nil }
    var parts: [String] = []
    if skipped > 0 { parts.append("\(skipped) input(s) skipped") }
    if warned > 0 { parts.append("\(warned) warning(s)") }
    let text = parts.joined(separator: ", ") + "; details are printed when you quit"
    return skipped > 0 ? .error(text) : .info(text)
  }
}
