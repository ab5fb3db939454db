/// Short forms written with a dot that does not end a sentence.
enum Abbreviations {
  static let withDot = WordTable<Void>([
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "vs", "no", "nos", "pres", "supt",
    "det", "insp", "messrs", "maj", "brig", "lieut", "atty", "hon", "fr", "ave", "blvd", "dept",
    "univ", "assn", "bros", "est", "approx", "etc", "cf", "al", "op", "ed",
  ])
  /// Of those, the ones that come before a name and so never end a sentence.
  static let beforeName = WordTable<Void>([
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "prof", "rev", "pres", "supt", "det", "insp", "messrs", "maj", "brig", "lieut", "atty",
    "hon", "fr", "no", "nos", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  ])

  /// The dotted letters of US states and of the capital ("Portsmouth, N.H.", "D.C."): places,
  /// never anyone's name.
  static let dottedStates: Set<String> = [
    "N.H.", "N.Y.", "N.J.", "N.C.", "S.C.", "N.D.", "S.D.", "N.M.", "R.I.", "D.C.", "W.Va.",
  ]

  /// US state abbreviations of news style, capitalised as written ("R-Ky.", "(D-Mo.)",
  /// "of Ashton, Md."): their dot ends no sentence.
  static let states = WordTable<Void>([
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
  ])
}
