/// What a piece of text on screen *is*; a theme decides how it looks.
///
/// Views speak in roles (lnav's text roles), never in colours, so a theme, `NO_COLOR` or a
/// mono terminal can restyle everything in one place.
public enum Role: String, Sendable, CaseIterable, Hashable {
  case normal
  case title
  case border
  case selection
  /// The selected row of a pane that does not have the focus.
  case inactiveSelection = "inactive-selection"
  case highlight
  case actor
  case country
  case date
  case quote
  case status
  case match
  case heading
  case dim
  case tab
  case tabActive = "tab-active"
  case error
  case help
  case command
}
