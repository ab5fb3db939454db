import ChronicleCore

/// Takes a new corpus version into the state (see `AppState.rebased`): the transition is
/// computed against the new corpus, which the app adopts with it.
func adopt(_ update: CorpusUpdate, into state: AppState, from old: Corpus) -> Transition {
  var reducer = Reducer(state: state.rebased(from: old, onto: update.corpus), corpus: update.corpus)
  reducer.state.follow?.arrived += update.added
  if let summary = update.summary { reducer.state.message = summary }
  reducer.settle()
  return Transition(state: reducer.state, effects: [])
}

extension Reducer {
  /// `F`: pause or resume following; only an explorer opened with `--follow` follows.
  mutating func toggleFollow() {
    guard var follow = state.follow else {
      state.message = .info("not following: start with --follow to watch the folders")
      return
    }
    follow.isOn.toggle()
    state.follow = follow
    effects.append(.setFollowing(follow.isOn))
    state.message = .info(follow.isOn ? "following: new articles appear" : "following paused")
  }
}
