/// Reads `capture-pane -e` output: which SGR attributes are active at each visible character.
struct SGRLine {
  struct Attributes: Equatable {
    var bold = false
    var underline = false
    var reverse = false
    var foreground: String?
    var background: String?
  }

  /// The visible characters of the line, each with its attributes.
  let characters: [(Character, Attributes)]

  init(_ line: Substring) {
    var result: [(Character, Attributes)] = []
    var current = Attributes()
    var rest = line[...]
    while let first = rest.first {
      if first == "\u{1B}", rest.dropFirst().first == "[", let end = rest.firstIndex(of: "m") {
        let body = rest[rest.index(rest.startIndex, offsetBy: 2)..<end]
        SGRLine.apply(
          body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 },
          to: &current)
        rest = rest[rest.index(after: end)...]
        continue
      }
      result.append((first, current))
      rest = rest.dropFirst()
    }
    characters = result
  }

  var text: String { String(characters.map(\.0)) }

  /// Attributes of the characters of the first occurrence of `needle` at or after `column`.
  func attributes(of needle: String, from column: Int = 0) -> [Attributes]? {
    let chars = characters.map(\.0)
    guard needle.count <= chars.count else { return nil }
    for start in column...(chars.count - needle.count)
    where String(chars[start..<start + needle.count]) == needle {
      return characters[start..<start + needle.count].map(\.1)
    }
    return nil
  }

  /// Every SGR code that sets a colour (30–37, 38, 40–47, 48, 90–97, 100–107).
  static func colourCodes(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let start = rest.firstIndex(of: "\u{1B}") {
      rest = rest[rest.index(after: start)...]
      guard rest.first == "[", let end = rest.firstIndex(of: "m") else { continue }
      let codes = rest.dropFirst()[..<end].split(separator: ";").compactMap { Int($0) }
      if codes.contains(where: {
        (30...49).contains($0) && $0 != 39 && $0 != 49 || (90...107).contains($0)
      }) {
        found.append(String(rest[..<end]))
      }
    }
    return found
  }

  private static func apply(_ codes: [Int], to a: inout Attributes) {
    var i = 0
    while i < codes.count {
      let code = codes[i]
      switch code {
      case 0: a = Attributes()
      case 1: a.bold = true
      case 4: a.underline = true
      case 7: a.reverse = true
      case 22: a.bold = false
      case 24: a.underline = false
      case 27: a.reverse = false
      case 30...37, 90...97: a.foreground = String(code)
      case 39: a.foreground = nil
      case 40...47, 100...107: a.background = String(code)
      case 49: a.background = nil
      case 38, 48:
        let value = i + 2 < codes.count ? "\(code);5;\(codes[i + 2])" : String(code)
        if code == 38 { a.foreground = value } else { a.background = value }
        i += 2
      default: break
      }
      i += 1
    }
  }
}
