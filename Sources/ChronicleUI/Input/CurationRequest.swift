/// A curation command from the `:` line or the `:edits` list, before the reducer turns it
/// into an `Edit` on the selected row.
public enum CurationRequest: Sendable, Equatable {
  case rename(String)
  case merge(String)
  case split(String)
  /// `nil` for `none`.
  case setCountry(String?)
  case hide
  /// `nil` for `none`.
  case speaker(String?)
  /// `nil` for `none`.
  case setDate(String?)
  case showEdits
  case undoEdit
  case moveInEdits(Int)
  case revertSelectedEdit
  case closeEdits

  /// The curation commands and what they do, for the `?` help (and the README's table).
  static let help: [(String, String)] = [
    (":rename NAME", "Actors: rename the selected actor (the old name stays an alias)"),
    (":merge NAME", "Actors: the selected actor joins the actor named NAME"),
    (":split ALIAS", "Actors: the mentions written ALIAS become an actor of their own"),
    (":set-country CODE|none", "Actors: set or clear the selected actor's country"),
    (":speaker NAME|none", "Quotes: set or clear the selected quote's speaker"),
    (":set-date DATE|none", "Timeline: date the selected event YYYY[-MM[-DD]], or undate it"),
    (":hide", "Hide the selected actor, quote or event"),
    (":edits", "List the edits, newest first (d reverts the selected one)"),
    (":undo-edit", "Revert the last edit"),
  ]

  /// The command a `:` line names, or nil when it is not a curation command.
  static func parse(name: String, argument: String) -> Command? {
    let noneOrValue: String? = argument.lowercased() == "none" ? nil : argument
    switch (name, argument.isEmpty) {
    case ("rename", false): return .curate(.rename(argument))
    case ("merge", false): return .curate(.merge(argument))
    case ("split", false): return .curate(.split(argument))
    case ("set-country", false): return .curate(.setCountry(noneOrValue))
    case ("speaker", false): return .curate(.speaker(noneOrValue))
    case ("set-date", false): return .curate(.setDate(noneOrValue))
    case ("hide", true): return .curate(.hide)
    case ("edits", true): return .curate(.showEdits)
    case ("undo-edit", true): return .curate(.undoEdit)
    case ("rename", true), ("merge", true), ("split", true), ("set-country", true),
      ("speaker", true), ("set-date", true):
      return .invalid(":\(name) needs an argument")
    case ("hide", false), ("edits", false), ("undo-edit", false):
      return .invalid(":\(name) takes no argument")
    default: return nil
    }
  }
}
