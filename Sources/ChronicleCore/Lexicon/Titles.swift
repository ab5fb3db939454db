/// Titles and roles that stand before a person's name ("Secretary of State Marco Rubio",
/// "Pakistani Prime Minister Shehbaz Sharif") or describe one in apposition ("a spokeswoman").
enum Titles {
  /// Full title phrases, matched case-insensitively, longest first.
  static let matcher = PhraseMatcher(phrases.map { ($0, $0) }, caseSensitive: false, start: .titleStart)

  /// Words that may stand before a title and belong to it ("Deputy", "Foreign", "Acting").
  static let modifiers: Set<String> = [
    "deputy", "acting", "interim", "former", "vice", "assistant", "associate", "senior", "chief",
    "principal", "junior", "foreign", "external", "affairs", "defence", "defense", "finance",
    "home", "interior", "health", "trade", "commerce", "education", "energy", "justice",
    "agriculture", "environment", "labour", "labor", "transport", "culture", "information",
    "economy", "economic", "treasury", "state", "federal", "national", "security", "press",
    "communications", "campaign", "executive", "general", "prime", "first", "lead", "top",
    "opposition", "majority", "minority", "party", "house", "senate", "regional", "provincial",
    "supreme", "military", "army", "naval", "intelligence", "police", "district", "county",
    "city", "union", "cabinet", "petroleum", "oil", "water", "railways", "tourism", "sports",
    "women", "youth", "planning", "development", "industry", "science", "technology",
    "immigration", "veterans", "housing", "transportation", "homeland", "parliamentary",
  ]

  /// Single-word and multi-word titles.
  static let phrases: [String] = [
    "president", "vice president", "president-elect", "prime minister", "premier",
    "chancellor", "minister", "secretary", "secretary of state", "secretary-general",
    "secretary general", "press secretary", "undersecretary", "under secretary",
    "attorney general", "solicitor general", "surgeon general", "national security advisor",
    "national security adviser", "adviser", "advisor", "chief of staff", "ambassador", "envoy",
    "special envoy", "king", "queen", "prince", "princess", "crown prince", "emperor", "sultan",
    "emir", "sheikh", "ayatollah", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam",
    "reverend", "rev.", "senator", "sen.", "representative", "rep.", "congressman",
    "congresswoman", "governor", "gov.", "lieutenant governor", "mayor", "speaker", "leader",
    "majority leader", "minority leader", "chairman", "chairwoman", "chair", "chairperson",
    "commissioner", "director", "director-general", "director general", "general", "gen.",
    "lieutenant general", "lt. gen.", "major general", "maj. gen.", "brigadier general",
    "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain",
    "capt.", "sergeant", "sgt.", "commander", "field marshal", "marshal", "judge", "justice",
    "chief justice", "prosecutor", "attorney", "lawyer", "sheriff", "spokesman", "spokeswoman",
    "spokesperson", "chief executive", "ceo", "founder", "co-founder", "chief economist",
    "economist", "analyst", "professor", "prof.", "dr.", "doctor", "mr.", "mrs.", "ms.", "miss",
    "mr", "mrs", "ms", "dr", "lord", "lady", "sir", "dame", "father", "sister", "brother",
    "pastor", "coach", "manager", "candidate", "nominee", "strategist", "pollster", "activist",
    "officer", "official", "consul", "diplomat", "delegate", "councillor", "councilman",
    "councilwoman", "alderman", "mp", "mep", "lawmaker", "legislator", "detective", "inspector",
    "superintendent", "chief", "head", "deputy", "regent",
  ]

  /// Titles that name a person's role without a name after it ("the president said").
  static let roleNouns: Set<String> = [
    "president", "minister", "secretary", "senator", "governor", "mayor", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "chancellor", "premier", "king", "queen",
    "general", "official", "candidate", "nominee", "chairman", "director", "commissioner",
    "leader", "judge", "prosecutor",
  ]

  /// One name for a role however a title writes it ("Sen." and "senator", "Rep." and
  /// "congresswoman"), so that a description finds the person a title named.
  static func canonicalRole(_ word: String) -> String {
    let w = word.lowercased()
    return roleSynonyms[w] ?? w
  }

  private static let roleSynonyms: [String: String] = [
    "sen.": "senator", "sen": "senator", "rep.": "congressman", "rep": "congressman",
    "representative": "congressman", "congresswoman": "congressman", "gov.": "governor",
    "gov": "governor", "spokeswoman": "spokesman", "spokesperson": "spokesman",
    "chairwoman": "chairman", "businesswoman": "businessman", "gen.": "general", "gen": "general",
    "dr.": "doctor", "dr": "doctor", "physician": "doctor", "justice": "judge",
  ]

  /// Honorifics too common to keep as a title that still say a person's role.
  static let honorificRoles: [String: String] = ["dr.": "doctor", "dr": "doctor"]

  /// Honorifics that say the gender of the name after them.
  static let honorificGender: [String: GivenNames.Gender] = [
    "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
    "miss": .female, "sir": .male, "lord": .male, "lady": .female, "dame": .female,
    "king": .male, "queen": .female, "prince": .male, "princess": .female,
    "congressman": .male, "congresswoman": .female, "spokesman": .male, "spokeswoman": .female,
    "chairman": .male, "chairwoman": .female, "father": .male, "sister": .female,
    "brother": .male,
  ]

  /// Forms of address that always stand right before a name ("Mr. King", "Dr. Law").
  static let honorifics: Set<String> = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx", "mx.",
  ]

  /// Titles too generic to keep as an actor's title on their own.
  static let weak: Set<String> = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "lady", "lord", "father",
    "sister", "brother", "head", "chief", "deputy", "official", "officer",
  ]
}
