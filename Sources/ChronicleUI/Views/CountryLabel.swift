import ChronicleCore

/// A country as people read it: "Pakistan (PAK)", but "USA" alone where the name is the code
/// (a corpus read back without names), never "USA (USA)".
enum CountryLabel {
  static func text(_ country: Country) -> String {
    country.name.caseInsensitiveCompare(country.code) == .orderedSame
      ? country.name : "\(country.name) (\(country.code))"
  }
}
