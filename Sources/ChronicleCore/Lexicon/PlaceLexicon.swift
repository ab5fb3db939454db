/// Places that are not countries: world regions and contested areas (listed here), cities and
/// US states (from the generated table), each with its country where there is one.
struct PlaceLexicon: Sendable {
  struct Entry: Sendable, Equatable {
    var name: String
    var country: String?
  }

  let matcher: PhraseMatcher<Entry>
  /// Adjectives of regions ("South Asian" → South Asia).
  let adjectives: PhraseMatcher<Entry>

  static let shared = PlaceLexicon()

  private init() {
    var phrases: [(String, Entry)] = Self.regions.map { ($0.0, Entry(name: $0.0, country: $0.1)) }
    for row in GeneratedTable.rows(PlaceRows.rows) where row.count >= 2 {
      let name = String(row[0])
      phrases.append((name, Entry(name: name, country: String(row[1]))))
    }
    matcher = PhraseMatcher(phrases, caseSensitive: true, start: .placeStart)
    adjectives = PhraseMatcher(
      Self.regionAdjectives.map { ($0.0, Entry(name: $0.1, country: nil)) }, caseSensitive: true,
      start: .regionAdjectiveStart)
  }

  /// Regions, contested areas and places news names often, with a country where one holds it.
  static let regions: [(String, String?)] = [
    ("Africa", nil), ("Asia", nil), ("Europe", nil), ("North America", nil),
    ("South America", nil), ("Latin America", nil), ("Central America", nil), ("Oceania", nil),
    ("Antarctica", nil), ("Arctic", nil), ("Middle East", nil), ("Near East", nil),
    ("Far East", nil), ("South Asia", nil), ("Southeast Asia", nil), ("East Asia", nil),
    ("Central Asia", nil), ("West Asia", nil), ("Asia-Pacific", nil), ("Indo-Pacific", nil),
    ("Western Europe", nil), ("Eastern Europe", nil), ("Central Europe", nil),
    ("Southern Europe", nil), ("Northern Europe", nil), ("Scandinavia", nil), ("Balkans", nil),
    ("Caucasus", nil), ("Baltics", nil), ("Horn of Africa", nil), ("Sahel", nil),
    ("Sub-Saharan Africa", nil), ("North Africa", nil), ("West Africa", nil),
    ("East Africa", nil), ("Southern Africa", nil), ("Caribbean", nil), ("Persian Gulf", nil),
    ("Gulf region", nil), ("Mediterranean", nil), ("South China Sea", nil), ("Black Sea", nil),
    ("Red Sea", nil), ("Taiwan Strait", nil), ("Korean Peninsula", nil), ("Kashmir", nil),
    ("Jammu and Kashmir", "IND"), ("Ladakh", "IND"), ("Gaza", "PSE"), ("Gaza Strip", "PSE"),
    ("West Bank", "PSE"), ("Golan Heights", nil), ("Sinai", "EGY"), ("Crimea", "UKR"),
    ("Donbas", "UKR"), ("Donbass", "UKR"), ("Tibet", "CHN"), ("Xinjiang", "CHN"),
    ("Hong Kong", "CHN"), ("Macau", "CHN"), ("Kurdistan", nil), ("Darfur", "SDN"),
    ("Chechnya", "RUS"), ("Siberia", "RUS"), ("Punjab", nil), ("Balochistan", "PAK"),
    ("Khyber Pakhtunkhwa", "PAK"), ("Nagorno-Karabakh", nil), ("Transnistria", "MDA"),
    ("Kosovo", nil), ("Northern Ireland", "GBR"), ("Catalonia", "ESP"), ("Quebec", "CAN"),
    ("Bavaria", "DEU"), ("Silicon Valley", "USA"), ("Wall Street", "USA"),
    ("Capitol Hill", "USA"), ("Ground Zero", "USA"), ("Midwest", "USA"), ("New England", "USA"),
  ]

  static let regionAdjectives: [(String, String)] = [
    ("South Asian", "South Asia"), ("Southeast Asian", "Southeast Asia"),
    ("East Asian", "East Asia"), ("Central Asian", "Central Asia"),
    ("Middle Eastern", "Middle East"), ("Latin American", "Latin America"),
    ("European", "Europe"), ("African", "Africa"), ("Asian", "Asia"),
    ("Caribbean", "Caribbean"), ("Balkan", "Balkans"), ("Kashmiri", "Kashmir"),
    ("Scandinavian", "Scandinavia"), ("Arctic", "Arctic"), ("Mediterranean", "Mediterranean"),
  ]
}
