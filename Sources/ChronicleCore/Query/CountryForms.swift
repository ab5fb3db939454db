/// Every way the country table writes a country (codes, names, abbreviations, demonyms),
/// lower-cased, for matching what a person types after `:country`.
///
/// Where two countries claim one form (the table gives "American" to the Northern Mariana
/// Islands as well as the United States), the one with a name the form begins with wins:
/// "American" → "America" → USA.
struct CountryForms: Sendable {
  static let shared = CountryForms()

  private var codes: [String: [String]] = [:]
  private var names: [String: [String]] = [:]

  private init() {
    for row in GeneratedTable.rows(CountryRows.rows) where row.count >= 4 {
      let code = String(row[0])
      let forms = [code, String(row[1])] + row[2].split(separator: "|").map(String.init)
      names[code] = forms.map { $0.lowercased() }
      for form in forms + row[3].split(separator: "|").map(String.init) {
        codes[form.lowercased(), default: []].append(code)
      }
    }
  }

  /// The country code `query` is a form of, if any.
  func code(for query: String) -> String? {
    let form = query.lowercased()
    guard let candidates = codes[form] else { return nil }
    let named = candidates.first { code in
      names[code]?.contains { !$0.isEmpty && form.hasPrefix($0) } == true
    }
    return named ?? candidates.first
  }
}
