import ChronicleCore

extension App {
  /// Whether the corpus is still being read in the background.
  public var isLoading: Bool { pendingLoad != nil }

  /// Checks the background load: shows its progress or a preview (the status bar still says
  /// it is loading), or swaps in the finished corpus. Returns whether the screen changed and
  /// needs drawing.
  @discardableResult
  public func pollLoad() -> Bool {
    guard let load = pendingLoad else { return false }
    switch load.status {
    case .running(let progress):
      if let preview = load.takePreview() {
        let loading = progress ?? state.loading
        replaceCorpus(preview)
        state.loading = loading
        readerActed = false
        return true
      }
      guard let progress, progress != state.loading else { return false }
      send(.loadProgress(done: progress.done, total: progress.total))
    case .finished(let corpus, let problems):
      pendingLoad = nil
      let start = TimingTrace.now()
      if readerActed && !self.corpus.documents.isEmpty {
        replacePreview(with: corpus, message: Self.summary(problems))
      } else {
        replaceCorpus(corpus, message: Self.summary(problems))
      }
      TimingTrace().record("load-state", since: start)
      prepareArticleSearch()
      follower?.start()
    }
    return true
  }

  /// Whether the loop should wake up now and then without a key: to show loading progress,
  /// to take in followed articles, or edits another process saved.
  public var wantsPolling: Bool { isLoading || follower != nil || watchesEdits }

  /// Takes in the newest corpus the follower has, with the edits laid over, if any. Returns
  /// whether the screen changed. Problems with arrivals are kept for standard error on exit,
  /// as at start-up.
  @discardableResult
  public func pollFollow() -> Bool {
    guard pendingLoad == nil, let update = follower?.takeUpdate() else { return false }
    arrivalProblems += update.delta.problems
    send(
      .corpusChanged(
        CorpusUpdate(
          version: update.version, corpus: curation?.rebase(update.corpus) ?? update.corpus,
          added: update.delta.added, changed: update.delta.changed, removed: update.delta.removed,
          problems: update.delta.problems)))
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
    fresh.follow = state.follow
    fresh.message = message ?? state.message
    fresh.edits = state.edits
    fresh.searchesArticles = state.searchesArticles
    state = reduce(fresh, .resize(state.size), corpus: corpus).state
  }

  /// Swaps the whole corpus in for the preview the reader has been using, keeping their
  /// filters, selections and Source paragraph (found again by identity, as for followed
  /// articles). Untouched, the preview is simply replaced, which holds less at once.
  private func replacePreview(with extracted: Corpus, message: StatusMessage?) {
    let corpus = curation?.rebase(extracted) ?? extracted
    var next = state.rebased(from: self.corpus, onto: corpus)
    next.loading = nil
    next.message = message ?? next.message
    self.corpus = corpus
    state = reduce(next, .resize(state.size), corpus: corpus).state
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
