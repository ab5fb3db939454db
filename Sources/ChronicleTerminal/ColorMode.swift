/// How many colours the terminal may use. `NO_COLOR`, `TERM=dumb` and terminals without colour
/// get `.none`: attributes (bold, underline, reverse) carry the meaning.
public enum ColorMode: Sendable, Equatable {
  case none
  case ansi8
  case palette256

  /// What the environment allows before looking at the terminal's abilities.
  public static func allowed(by environment: [String: String]) -> Bool {
    if let value = environment["NO_COLOR"], !value.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }
}
