/// Party words that place a person in one country when they modify the name ("Republican
/// nominee", "Labour MP"), and the one-letter party labels of US lawmakers ("D-Calif.").
/// Only words that name one country's party; "Conservative" or "Liberal" name several.
enum PartyLabels {
  static let country: [String: String] = [
    "Republican": "USA", "Democratic": "USA", "Democrat": "USA", "GOP": "USA",
    "Labour": "GBR", "Tory": "GBR", "SNP": "GBR", "UKIP": "GBR",
    "CDU": "DEU", "SPD": "DEU", "CSU": "DEU", "AfD": "DEU",
    "BJP": "IND", "Likud": "ISR", "PTI": "PAK", "ANC": "ZAF", "Fidesz": "HUN",
  ]

  /// `country`, looked up by a token's form.
  static let countryOfWord = FormMap(country)

  /// The letters of a US party label: Democrat, Republican, Independent.
  static let usLetters: Set<Unicode.Scalar> = ["D", "R", "I"]
}
