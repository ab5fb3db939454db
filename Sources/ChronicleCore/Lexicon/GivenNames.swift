/// Common first names with their usual gender, from the generated table: a capitalised name
/// that starts with one is very likely a person, and the gender lets "he"/"she" find them.
struct GivenNames: Sendable {
  enum Gender: Sendable, Equatable {
    case male, female, unknown
  }

  private let genders: [String: Gender]

  static let shared = GivenNames()

  private init() {
    var genders: [String: Gender] = [:]
    for row in GeneratedTable.rows(GivenNameRows.rows) where row.count >= 2 {
      let gender: Gender = row[1] == "m" ? .male : row[1] == "f" ? .female : .unknown
      genders[String(row[0])] = gender
    }
    self.genders = genders
  }

  func gender(of name: String) -> Gender? { genders[name] }

  func contains(_ name: String) -> Bool { genders[name] != nil }
}
