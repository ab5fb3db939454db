/// Organisations: well-known ones with their country, and the head nouns that make a
/// capitalised phrase an organisation ("Ministry", "Party", "Post").
enum Organisations {
  static let known: [(String, String?)] = [
    ("White House", "USA"), ("Pentagon", "USA"), ("State Department", "USA"),
    ("Justice Department", "USA"), ("Congress", "USA"), ("Senate", "USA"),
    ("House of Representatives", "USA"), ("Supreme Court", nil), ("FBI", "USA"),
    ("CIA", "USA"), ("NSA", "USA"), ("Federal Reserve", "USA"), ("Fed", "USA"),
    ("Secret Service", "USA"), ("NYPD", "USA"), ("Democratic Party", "USA"),
    ("Republican Party", "USA"), ("GOP", "USA"), ("DNC", "USA"), ("RNC", "USA"),
    ("Kremlin", "RUS"), ("Downing Street", "GBR"), ("Elysee", "FRA"), ("Élysée", "FRA"),
    ("Bundestag", "DEU"), ("Knesset", "ISR"), ("Duma", "RUS"), ("Politburo", "CHN"),
    ("United Nations", nil), ("UN", nil), ("U.N.", nil), ("Security Council", nil),
    ("NATO", nil), ("European Union", nil), ("EU", nil), ("European Commission", nil),
    ("IMF", nil), ("International Monetary Fund", nil), ("World Bank", nil),
    ("World Health Organization", nil), ("WHO", nil), ("WTO", nil), ("OPEC", nil),
    ("African Union", nil), ("ASEAN", nil), ("Red Cross", nil), ("Amnesty International", nil),
    ("Human Rights Watch", nil), ("Reuters", nil), ("Associated Press", nil), ("AP", nil),
    ("AFP", nil), ("BBC", "GBR"), ("CNN", "USA"), ("Fox News", "USA"), ("MSNBC", "USA"),
    ("Taliban", "AFG"), ("Hamas", nil), ("Hezbollah", "LBN"), ("Al Qaeda", nil),
    ("al-Qaeda", nil), ("Islamic State", nil), ("ISIS", nil), ("ISIL", nil),
  ]

  static let matcher = PhraseMatcher(known.map { ($0.0, $0) }, caseSensitive: true, start: .organisationStart)

  /// Last words that make a capitalised phrase an organisation.
  static let heads: Set<String> = [
    "Ministry", "Department", "Party", "Agency", "Commission", "Council", "Committee", "Bank",
    "Fund", "Organization", "Organisation", "Union", "Association", "Institute", "University",
    "College", "Army", "Navy", "Police", "Court", "Post", "Times", "News", "Network",
    "Corporation", "Corp.", "Inc.", "Ltd.", "Company", "Co.", "Group", "Foundation", "Campaign",
    "Administration", "Parliament", "Government", "Office", "Bureau", "Board", "Service",
    "Services", "Authority", "Forces", "Guard", "Assembly", "Federation", "Coalition",
    "Alliance", "Front", "Movement", "Center", "Centre", "Journal", "Magazine", "Herald",
    "Tribune", "Telegraph", "Guardian", "Institution", "Society", "Club", "Caucus", "Cabinet",
    "Senate", "Congress", "Agency", "Airlines", "Motors", "Reuters", "Press", "Television",
    "Radio", "Channel", "Review", "Daily", "Gazette", "Examiner", "Observer", "Chronicle",
    "Insider", "Report", "Poll", "Survey", "Project", "Trust", "Fund", "Partners", "PAC", "Pac",
  ]

  /// Last words of newspaper names, which the paper's own pages shorten to that one word
  /// ("the Times", "the Post"). Not "House", "Court" or "Department": a bare "House" is
  /// another body than the one "White House" names.
  static let publicationHeads: Set<String> = [
    "Times", "Post", "Journal", "Herald", "Tribune", "Telegraph", "Guardian", "Gazette",
    "Examiner", "Observer", "Chronicle", "Globe", "Inquirer", "Sun-Times", "Star-Ledger",
    "Post-Dispatch", "Journal-Constitution", "Review-Journal", "Courant", "Bee", "Register",
    "Sun", "Star", "Courier", "Dispatch", "Bulletin", "Star-Tribune",
  ]

  /// Last words that make a capitalised phrase a newspaper only after "the" ("the Las Vegas
  /// Sun", "the Philippine Star"): after a name they are as often a surname ("Helen Sun",
  /// "Yang Sun said"), so unlike `heads` they need the article.
  static let articlePublicationHeads = publicationHeads.subtracting(heads)
}
