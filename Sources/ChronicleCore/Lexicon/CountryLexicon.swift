/// Country names, abbreviations and demonyms to ISO 3166-1 alpha-3 codes, from the generated
/// ISO table. Matching is case-sensitive so "US" is a country and "us" is not.
struct CountryLexicon: Sendable {
  enum Form: Sendable, Equatable {
    case name
    case demonym
  }

  struct Entry: Sendable, Equatable {
    var code: String
    var form: Form
  }

  let matcher: PhraseMatcher<Entry>
  let names: [String: String]

  static let shared = CountryLexicon()

  private init() {
    var phrases: [(String, Entry)] = []
    var names: [String: String] = [:]
    for row in GeneratedTable.rows(CountryRows.rows) where row.count >= 4 {
      let code = String(row[0])
      names[code] = String(row[1])
      for form in row[2].split(separator: "|") {
        phrases.append((String(form), Entry(code: code, form: .name)))
      }
      for demonym in row[3].split(separator: "|") {
        phrases.append((String(demonym), Entry(code: code, form: .demonym)))
      }
    }
    matcher = PhraseMatcher(phrases, caseSensitive: true, start: .countryStart)
    self.names = names
  }

  /// The everyday name of a country code ("USA" → "United States").
  func name(of code: String) -> String? { names[code] }

  /// A code from a user's words: a code, a name or a demonym, any case.
  func code(forQuery query: String) -> String? {
    let upper = query.uppercased()
    if names[upper] != nil { return upper }
    let lowered = query.lowercased()
    if let hit = names.first(where: { $0.value.lowercased() == lowered }) { return hit.key }
    let tokens = Tokenizer.tokenize(Array(query.unicodeScalars))
    if let m = matcher.match(tokens, at: 0), m.length == tokens.count { return m.payload.code }
    return nil
  }
}
