/// Words that show the tense of a clause, as data: a bare weekday or month is resolved
/// backwards in a past-tense clause and forwards in a future one (as HeidelTime does).
extension TimeLexicon {
  /// Auxiliaries and common irregular past forms ("was", "met", "took"). Regular past forms
  /// ("closed", "resigned") are recognised by their ending, see `TenseCue`.
  static let pastWords: [String] = [
    "was", "were", "had", "did", "met", "took", "made", "came", "went", "began",
    "left", "held", "won", "lost", "fell", "rose", "sold", "bought", "paid", "gave", "got",
    "found", "saw", "spent", "brought", "ran", "led", "became", "struck", "stood", "sought",
    "wrote", "spoke", "broke", "chose", "drew", "fled", "flew", "fought", "grew", "hit", "knew",
    "meant", "sent", "shot", "slid", "swept", "taught", "thought", "threw", "tore", "wore",
    "ago", "earlier", "previously", "yesterday",
  ]

  /// Words after which a clause speaks of the future ("will", "is expected to", "is
  /// scheduled", "next").
  static let futureWords: [String] = [
    "will", "ll", "shall", "next", "scheduled", "slated", "upcoming", "tomorrow", "due",
    "coming", "expects", "begins", "opens",
  ]

  /// Present-tense verbs of previews ("Arafat meets Albright Monday", "the court convenes
  /// Tuesday"): right before a date they speak of what is ahead. Only verbs that are rarely
  /// nouns, since "the vote Tuesday" may lie either way.
  static let previewVerbs: [String] = [
    "meet", "meets", "convene", "convenes", "reconvene", "reconvenes", "resumes", "arrives",
    "testifies", "departs",
  ]

  /// Words of five letters or more that end in "-ed" but are rarely a clause's past verb
  /// ("expected to" speaks of the future; "proposed", "so-called" are adjectives).
  static let edNonVerbs: [String] = [
    "expected", "scheduled", "planned", "proposed", "called", "united", "based", "limited",
    "related", "hundred", "indeed", "speed", "breed", "greed", "steed", "creed",
  ]

  /// Words before a date that make it a deadline or a term ("by May", "payable Dec. 15",
  /// "extended to Nov. 20", "effective June 1"): such dates are as often ahead as behind,
  /// so the clause's tense says nothing about them.
  static let deadlineWords = WordTable<Void>([
    "by", "until", "till", "through", "to", "payable", "effective", "record", "before",
    "from", "after",
  ])

  /// Verbs that report speech: past, but only for a date right after them ("said Tuesday").
  static let reportingWords: [String] = [
    "said", "told", "says", "announced", "reported", "added", "stated", "disclosed",
  ]

  /// Pronouns that stand as a clause's subject: an "-ed" form after one is its verb.
  static let subjectPronouns: [String] = [
    "who", "which", "he", "she", "it", "they", "we", "i", "you",
  ]

  /// Words before a date that make it the name of an occasion ("the Nov. 8 election", "their
  /// Oct. 13 debate"): the clause's tense says nothing about when it falls.
  static let determiners = WordTable<Void>([
    "the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "this", "that", "s",
  ])

  /// Words that speak of the future when "to" follows ("plans to", "is expected to").
  static let futureBeforeTo: [String] = [
    "is", "are", "expected", "expects", "set", "plans", "planning", "intends", "aims", "hopes",
    "going", "likely", "poised", "ready", "prepared", "vowed", "promised", "pledged",
  ]
}
