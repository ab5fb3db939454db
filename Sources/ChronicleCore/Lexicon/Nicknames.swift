/// Short forms of English given names and the formal name each stands for, so that "Len
/// Burman" and "Leonard E. Burman", "Bill Smith" and "William Smith" are one person. Only
/// short forms that point to one formal name: "Chris" (Christopher, Christine), "Alex",
/// "Ted", "Jack" or "Jamie" could be either of two names, or a name of their own, and are
/// left alone.
enum Nicknames {
  /// The formal given name a lower-cased short form stands for; the name itself otherwise.
  static func formal(_ given: String) -> String { table[given] ?? given }

  private static let table: [String: String] = {
    var table: [String: String] = [:]
    for (formal, shorts) in groups {
      for short in shorts { table[short] = formal }
    }
    return table
  }()

  private static let groups: [(String, [String])] = [
    ("abraham", ["abe"]), ("albert", ["al"]), ("andrew", ["andy", "drew"]),
    ("anthony", ["tony"]), ("benjamin", ["ben", "benny"]), ("charles", ["charlie", "chuck"]),
    ("daniel", ["dan", "danny"]), ("david", ["dave"]), ("deborah", ["debbie", "deb"]),
    ("donald", ["don", "donny"]), ("douglas", ["doug"]), ("edward", ["ed", "eddie", "ned"]),
    ("elizabeth", ["liz", "beth", "betsy", "libby"]), ("gerald", ["jerry"]),
    ("gregory", ["greg"]), ("henry", ["hank"]), ("james", ["jim", "jimmy"]),
    ("jeffrey", ["jeff"]), ("jennifer", ["jen", "jenny"]), ("john", ["johnny"]),
    ("jonathan", ["jon"]), ("joseph", ["joe", "joey"]), ("joshua", ["josh"]),
    ("katherine", ["kate", "kathy", "katie"]), ("kenneth", ["ken", "kenny"]),
    ("lawrence", ["larry"]), ("leonard", ["len", "lenny"]), ("margaret", ["maggie", "peggy"]),
    ("matthew", ["matt"]), ("michael", ["mike", "mikey"]), ("mitchell", ["mitch"]),
    ("nicholas", ["nick"]), ("patrick", ["paddy"]), ("peter", ["pete"]),
    ("philip", ["phil"]), ("raymond", ["ray"]), ("richard", ["rick", "dick", "rich"]),
    ("robert", ["bob", "bobby", "rob", "robby", "robbie"]), ("ronald", ["ron"]),
    ("samuel", ["sammy"]), ("stephen", ["steve"]), ("susan", ["sue", "susie"]),
    ("theodore", ["teddy"]), ("thomas", ["tom", "tommy"]), ("timothy", ["tim"]),
    ("victoria", ["vicky"]), ("walter", ["walt"]), ("william", ["bill", "billy", "will", "willie"]),
  ]
}
