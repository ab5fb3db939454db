/// Words that are capitalised only because they open a sentence or a heading: never a name.
enum CommonWords {
  static let set: Set<String> = [
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "if", "then", "than",
    "as", "at", "by", "in", "on", "of", "to", "from", "with", "without", "into", "onto", "upon",
    "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
    "around", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
    "despite", "during", "except", "inside", "like", "near", "outside", "over", "past", "since",
    "through", "throughout", "toward", "towards", "under", "unlike", "until", "via", "within",
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers",
    "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
    "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "while", "whether",
    "although", "though", "because", "unless", "however", "meanwhile", "moreover", "also",
    "still", "now", "today", "yesterday", "tomorrow", "tonight", "both", "either", "neither",
    "each", "every", "all", "any", "some", "many", "most", "much", "more", "few", "several",
    "no", "not", "none", "nothing", "everything", "something", "anything", "whatever", "one", "two", "three", "another", "other", "such", "only",
    "even", "just", "perhaps", "indeed", "instead", "meanwhile", "overall", "finally",
    "first", "second", "last", "next", "earlier", "later", "already", "again", "once",
    "additionally", "furthermore", "nevertheless", "nonetheless", "otherwise", "thus",
    "therefore", "hence", "accordingly", "consequently", "similarly", "likewise", "rather",
    "according", "asked", "said", "says", "speaking", "following", "looking", "highlighting", "amidst", "key",
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "let", "yes", "well",
    "oh", "please", "thank", "thanks", "sources", "officials", "critics", "experts", "analysts",
    "supporters", "opponents", "people", "americans", "democrats", "republicans", "voters",
    "read", "watch", "see", "click", "share", "update", "editor", "note", "photo", "video",
    "breaking", "exclusive", "opinion", "analysis", "comment", "related", "advertisement",
    "observers", "witnesses", "residents", "protesters", "lawmakers", "investigators",
    "prosecutors", "researchers", "economists", "emails",
    "additional", "others",
  ]

  static func contains(_ token: Token) -> Bool { token.classes.contains(.commonWord) }
}
