import ChronicleCore

/// Curation commands: each becomes an `Edit` on the selected row, checked against the corpus
/// (so bad input changes nothing) and handed to the app to save; the app answers with
/// `editsChanged`, carrying the curated corpus in, before the status bar says it is done.
extension Reducer {
  mutating func curate(_ request: CurationRequest) {
    let maker = EditMaker(corpus: corpus)
    switch request {
    case .rename(let name): onActor { Edit(.rename, actor: ActorTarget($0), value: name) }
    case .merge(let name): onActor { actor in maker.merge(actor, into: name) }
    case .split(let alias): onActor { actor in maker.split(actor, alias: alias) }
    case .setCountry(let query): onActor { actor in maker.setCountry(actor, query) }
    case .speaker(let name): onQuote { _, target in maker.speaker(target, name) }
    case .setDate(let text): onEvent { target in maker.setDate(target, text) }
    case .hide: hide()
    case .showEdits: state.editsCursor = 0
    case .undoEdit:
      guard let last = state.edits.first(where: { !$0.reverted }) else {
        state.message = .info("no edit to undo")
        return
      }
      effects.append(.revertEdit(id: last.id, summary: last.summary))
    case .moveInEdits(let delta):
      let row = (state.editsCursor ?? 0) + delta
      state.editsCursor = min(max(0, row), max(0, state.edits.count - 1))
    case .revertSelectedEdit:
      guard let row = state.editsCursor, state.edits.indices.contains(row) else { return }
      let edit = state.edits[row]
      if edit.reverted {
        state.message = .info("edit \(edit.id) is already reverted")
      } else {
        effects.append(.revertEdit(id: edit.id, summary: edit.summary))
      }
    case .closeEdits: state.editsCursor = nil
    }
  }

  private mutating func hide() {
    switch state.focus {
    case .actors: onActor { Edit(.hideActor, actor: ActorTarget($0)) }
    case .quotes: onQuote { _, target in Edit(.hideQuote, quote: target) }
    case .timeline: onEvent { Edit(.hideEvent, event: $0) }
    case .source: state.message = .error(":hide works on an actor, a quote or an event")
    }
  }
}

/// Takes the curated corpus in after an edit was saved or reverted: the reader's place moves
/// onto it as onto a new version of followed articles (`AppState.rebased`), so the state's
/// tables (quote dates, nesting, labels) are the curated corpus's own, never the old ones.
func adoptEdits(_ update: EditsUpdate, into state: AppState, from old: Corpus) -> Transition {
  var reducer = Reducer(state: state.rebased(from: old, onto: update.corpus), corpus: update.corpus)
  reducer.state.edits = update.rows
  if let row = reducer.state.editsCursor {
    reducer.state.editsCursor = min(row, max(0, update.rows.count - 1))
  }
  reducer.state.message = update.message
  reducer.settle()
  return Transition(state: reducer.state, effects: [])
}

/// Builds the edits that need the corpus to check their argument.
struct EditMaker {
  let corpus: Corpus

  func merge(_ actor: Actor, into name: String) -> Result<Edit, CurationProblem> {
    resolveActor(name, excluding: actor.id).map {
      Edit(.merge, actor: ActorTarget(actor), other: ActorTarget($0))
    }
  }

  /// A split needs mentions written `alias` and others that are not, else it would change
  /// nothing (and be saved stale).
  func split(_ actor: Actor, alias: String) -> Result<Edit, CurationProblem> {
    let written = actor.mentions(writtenAs: alias, text: corpus.text(of:)).count
    guard written > 0 else {
      return .failure(CurationProblem("no mention of \"\(actor.name)\" is written '\(alias)'"))
    }
    guard written < actor.mentions.count else {
      return .failure(
        CurationProblem(
          "every mention of \"\(actor.name)\" is written '\(alias)': nothing to split off"))
    }
    return .success(Edit(.split, actor: ActorTarget(actor), value: alias))
  }

  func setCountry(_ actor: Actor, _ query: String?) -> Result<Edit, CurationProblem> {
    guard let query else { return .success(Edit(.setCountry, actor: ActorTarget(actor))) }
    guard let code = EditedCountry.code(for: query) else {
      return .failure(CurationProblem("unknown country '\(query)': give a code (PAK) or a name"))
    }
    return .success(Edit(.setCountry, actor: ActorTarget(actor), value: code))
  }

  func speaker(_ quote: SpanTarget, _ name: String?) -> Result<Edit, CurationProblem> {
    guard let name else { return .success(Edit(.setSpeaker, quote: quote)) }
    return resolveActor(name, excluding: nil).map {
      Edit(.setSpeaker, quote: quote, other: ActorTarget($0))
    }
  }

  func setDate(_ event: SpanTarget, _ text: String?) -> Result<Edit, CurationProblem> {
    guard let text else { return .success(Edit(.setDate, event: event)) }
    guard EditedDate.precision(of: text) != nil else {
      return .failure(CurationProblem("bad date '\(text)': use YYYY, YYYY-MM or YYYY-MM-DD"))
    }
    return .success(Edit(.setDate, event: event, value: text))
  }

  /// The one actor a name means, or a message saying none or several do.
  private func resolveActor(_ name: String, excluding id: String?)
    -> Result<Actor, CurationProblem>
  {
    let matches = FilterResolver(corpus: corpus).actors(named: name).filter { $0.id != id }
    switch matches.count {
    case 0: return .failure(CurationProblem("no actor '\(name)'"))
    case 1: return .success(matches[0])
    default:
      let names = matches.prefix(4).map(\.name).joined(separator: ", ")
      let more = matches.count > 4 ? ", …" : ""
      return .failure(CurationProblem("'\(name)' is ambiguous: \(names)\(more)"))
    }
  }
}

/// Why a curation command was refused; shown on the status bar.
struct CurationProblem: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
