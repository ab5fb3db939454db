import ChronicleUI
import XCTest

final class ConfigTests: XCTestCase {
  func testKeymap_tomlOverridesDefaults() throws {
    let keymap = try Keymap.load(
      toml: "# mine\n[keys]\n\"Ctrl-N\" = \"search-next\"\nPgDn = \"move-bottom\"\n", file: "k.toml"
    )
    XCTAssertEqual(keymap.action(for: .ctrl("n")), .searchNext)
    XCTAssertEqual(keymap.action(for: .pageDown), .moveBottom)
    XCTAssertEqual(keymap.action(for: .char("j")), .moveDown)
  }

  func testKeymap_unknownActionIsAnErrorWithLine() {
    XCTAssertThrowsError(
      try Keymap.load(toml: "[keys]\nj = \"move-down\"\nk = \"fly\"\n", file: "k.toml")
    ) { error in
      XCTAssertEqual("\(error)", "k.toml:3: unknown action 'fly'")
    }
  }

  func testKeymap_unknownKeyIsAnErrorWithLine() {
    XCTAssertThrowsError(
      try Keymap.load(toml: "\n[keys]\n\"Hyper-X\" = \"quit\"\n", file: "k.toml")
    ) { error in
      XCTAssertEqual("\(error)", "k.toml:3: unknown key 'Hyper-X'")
    }
  }

  func testKeymap_syntaxErrorHasLine() {
    XCTAssertThrowsError(try Keymap.load(toml: "[keys]\nj = \n", file: "k.toml")) { error in
      XCTAssertEqual((error as? ConfigError)?.line, 2)
    }
  }

  func testKeyNames_roundTrip() {
    let keys: [Key] = [
      .char("j"), .ctrl("d"), .enter, .escape, .tab, .backTab, .pageUp, .pageDown, .char(" "),
      .function(5), .up,
    ]
    for key in keys { XCTAssertEqual(Key(name: key.name), key, key.name) }
  }

  func testTheme_builtinsParseAndCoverRoles() throws {
    for name in ["default", "light", "high-contrast", "mono"] {
      let theme = try Theme.load(name)
      XCTAssertEqual(theme.name, name)
      XCTAssertNotEqual(theme.style(.selection), Style(), "\(name) must mark the selection")
      XCTAssertNotEqual(theme.style(.highlight), Style(), "\(name) must mark the highlight")
    }
  }

  func testTheme_filesInTheThemesFolderMatchTheCompiledIn() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../Themes")
    for name in ["default", "light", "high-contrast", "mono"] {
      let path = folder.appendingPathComponent("\(name).toml").path
      XCTAssertEqual(try Theme.load(path), try Theme.load(name), "run scripts/embed-themes.sh")
    }
  }

  func testTheme_unknownRoleIsAnErrorWithLine() {
    XCTAssertThrowsError(
      try Theme.parse(
        toml: "name = \"x\"\n[roles.title]\nbold = true\n[roles.widget]\nbold = true\n",
        file: "t.toml")
    ) { error in
      XCTAssertTrue("\(error)".hasPrefix("t.toml:4: unknown role 'widget'"), "\(error)")
    }
    XCTAssertThrowsError(
      try Theme.parse(toml: "[roles.title]\nfg = \"chartreuse\"\n", file: "t.toml")
    ) { error in
      XCTAssertEqual((error as? ConfigError)?.line, 2)
    }
  }

  func testTheme_monochromeKeepsAttributesOnly() throws {
    let mono = try Theme.load("default").monochrome
    for role in Role.allCases {
      XCTAssertNil(mono.style(role).foreground)
      XCTAssertNil(mono.style(role).background)
    }
    XCTAssertTrue(mono.style(.selection).reverse || mono.style(.selection).bold)
    XCTAssertTrue(mono.style(.highlight).underline)
  }

  func testColor_256FallsBackToEight() {
    XCTAssertEqual(Color(name: "208")?.ansiFallback, 3, "orange → yellow")
    XCTAssertEqual(Color(name: "21")?.ansiFallback, 4, "blue → blue")
    XCTAssertEqual(Color(name: "196")?.ansiFallback, 1, "red → red")
    XCTAssertEqual(Color(name: "bright-red")?.ansiFallback, 1)
    XCTAssertEqual(Color(name: "236")?.ansiFallback, 0)
    XCTAssertNil(Color(name: "300"))
  }
}
