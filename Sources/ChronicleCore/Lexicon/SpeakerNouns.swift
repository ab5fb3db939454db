/// Nouns for people and bodies that speak in news ("officials said", "a source said",
/// "the ministry said"): a subject made of one of these can report speech.
enum SpeakerNouns {
  static let set: Set<String> = [
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "spokesmen", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "expert",
    "experts", "analyst", "analysts", "critic", "critics", "report", "reports", "statement",
    "government", "administration", "ministry", "department", "police", "lawmakers",
    "legislators", "democrats", "republicans", "voters", "poll", "polls", "survey", "surveys",
    "study", "campaign", "people", "residents", "witnesses", "observers", "diplomats", "leaders",
    "leader", "president", "minister", "secretary", "officer", "officers", "authorities",
    "investigators", "prosecutors", "researchers", "scientists", "economists", "doctors",
    "supporters", "opponents", "members", "senators", "committee", "group", "organization",
    "party", "insiders", "allies", "colleagues", "candidate", "nominee", "team", "staff",
    "employees", "workers", "agency", "office", "court", "judge", "documents", "letter", "memo",
    "email", "emails", "article", "newspaper", "network", "website", "book", "lawyer",
    "lawyers", "attorney", "attorneys", "director", "chairman", "chief", "executive", "governor",
    "mayor", "senator", "congressman", "congresswoman", "ambassador", "envoy", "military",
    "army", "company", "firm", "bank", "union", "council", "commission", "board", "panel",
    "white", "manager", "coach", "father", "mother", "son", "daughter", "wife", "husband",
    "friend", "friends", "family", "neighbors", "neighbours", "man", "woman", "men", "women",
    "many", "others", "some", "both", "who", "analysis", "analyses", "transcript", "data",
    "research", "audit", "review", "investigation", "records", "figures", "estimates", "census",
    "footage", "video", "studies", "percent", "respondents", "activist", "activists",
    "advocate", "advocates", "defenders", "protesters", "demonstrators", "organizers",
    "organisers", "historian", "historians", "scholar", "scholars", "professor", "professors",
    "academics", "teachers", "parents", "students", "victims", "families", "citizens",
    "farmers", "strategists", "pollsters", "commentators", "journalists", "reporters",
    "editors", "columnist", "columnists", "economist", "observer", "spokespeople",
    "representatives", "delegates", "negotiators", "inspectors", "regulators", "auditors",
    // Pronouns whose referent the text may not name: "They said he …" still reports speech.
    "they", "we", "he", "she",
  ]

  /// Spokespeople, offices, outlets and documents that carry someone's words ("a Twitter
  /// spokesman", "the Roe campaign", "Time magazine", "the Heritage Foundation website", "a
  /// Pentagon readout"): the name right before one of these speaks through it, as the name
  /// after "a spokesman for" does.
  static let voices: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
    "official", "officials", "representative", "representatives", "campaign", "office",
    "administration", "magazine", "newspaper", "tabloid", "website", "statement", "report",
    "readout", "memo", "editorial", "release", "poll", "survey", "study", "analysis", "ad",
    "tweet", "email", "letter",
  ]
}
