/// Nouns of things that happen at a place ("the Pahalgam massacre", "the Benghazi attack").
enum EventNouns {
  static let set: Set<String> = [
    "massacre", "attack", "attacks", "bombing", "bombings", "shooting", "shootings", "blast",
    "explosion", "raid", "siege", "earthquake", "quake", "flood", "floods", "riot", "riots",
    "uprising", "ambush", "crash", "summit", "killings", "standoff", "offensive", "airstrike",
    "airstrikes", "shelling", "clashes", "protests", "tragedy", "disaster", "incident",
  ]
}

/// "<country>-occupied <place>": the participles that make the held part of a place.
enum HeldPlace {
  static let participles: Set<String> = ["occupied", "administered", "controlled", "held"]
}

/// "Harlow police said": a place's own force, named by the place and a lower-case noun, is an
/// organisation (the place's mention stays a place).
enum LocalForce {
  static let nouns: Set<String> = ["police"]
}
