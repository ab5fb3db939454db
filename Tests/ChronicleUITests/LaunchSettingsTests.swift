import ChronicleCore
import ChronicleUI
import XCTest

final class LaunchSettingsTests: XCTestCase {
  private var home = ""
  private var configDirectory: String { home + "/chronicle" }

  override func setUpWithError() throws {
    home = NSTemporaryDirectory() + "chronicle-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: configDirectory + "/themes", withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: home)
  }

  private func write(_ name: String, _ text: String) throws {
    try text.write(toFile: configDirectory + "/" + name, atomically: true, encoding: .utf8)
  }

  private func launch(_ choices: CommandLineChoices = CommandLineChoices()) throws
    -> LaunchSettings
  {
    try LaunchSettings(
      config: UserConfig.load(environment: ["XDG_CONFIG_HOME": home]), choices: choices,
      environment: ["EDITOR": "nano"])
  }

  func testDirectory_xdgFirstThenHome() {
    XCTAssertEqual(UserConfig.directory(["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/chronicle")
    XCTAssertEqual(
      UserConfig.directory(["XDG_CONFIG_HOME": "rel", "HOME": "/h"]), "/h/.config/chronicle",
      "a relative XDG_CONFIG_HOME is ignored, as the XDG spec says")
    XCTAssertEqual(UserConfig.directory(["HOME": "/h"]), "/h/.config/chronicle")
  }

  func testNoConfig_givesTheDefaults() throws {
    let settings = try launch()
    XCTAssertEqual(settings.app.keymap, .standard)
    XCTAssertEqual(settings.app.theme.name, Theme.defaultName)
    XCTAssertEqual(settings.app.layout, .auto)
    XCTAssertEqual(settings.app.editor, "nano")
    XCTAssertNil(settings.date)
    XCTAssertTrue(settings.mouse)
    XCTAssertEqual(settings.warnings, [])
  }

  func testConfig_setsThemeDateLayoutMouseAndKeys() throws {
    try write(
      "config.toml",
      "theme = \"light\"\ndate = \"2025-05-09\"\nlayout = \"tabs\"\nmouse = false\n")
    try write("keymap.toml", "[keys]\nJ = \"move-down\"\n")
    let settings = try launch()
    XCTAssertEqual(settings.app.theme.name, "light")
    XCTAssertEqual(settings.date, CalendarDate(iso: "2025-05-09"))
    XCTAssertEqual(settings.app.layout, .tabs)
    XCTAssertFalse(settings.mouse)
    XCTAssertEqual(settings.app.keymap.action(for: .char("J")), .moveDown)
    XCTAssertEqual(settings.app.themeDirectories, [configDirectory + "/themes"])
  }

  func testCommandLine_winsOverConfig() throws {
    try write("config.toml", "theme = \"light\"\ndate = \"2025-05-09\"\nlayout = \"tabs\"\n")
    try write("keymap.toml", "[keys]\nJ = \"move-down\"\nK = \"move-up\"\n")
    let keymapFile = home + "/mine.toml"
    try "[keys]\nJ = \"quit\"\n".write(toFile: keymapFile, atomically: true, encoding: .utf8)
    let settings = try launch(
      CommandLineChoices(
        theme: "mono", keymapPath: keymapFile, date: CalendarDate(iso: "2024-01-02"),
        layout: .grid, mouse: true))
    XCTAssertEqual(settings.app.theme.name, "mono")
    XCTAssertEqual(settings.date, CalendarDate(iso: "2024-01-02"))
    XCTAssertEqual(settings.app.layout, .grid)
    XCTAssertEqual(settings.app.keymap.action(for: .char("J")), .quit, "--keymap over keymap.toml")
    XCTAssertEqual(
      settings.app.keymap.action(for: .char("K")), .moveUp, "keymap.toml still applies")
  }

  func testConfig_themeFromThemesDirectory() throws {
    try write("themes/paper.toml", "name = \"paper\"\n[roles.title]\nbold = true\n")
    try write("config.toml", "theme = \"paper\"\n")
    XCTAssertEqual(try launch().app.theme.name, "paper")
  }

  func testBrokenConfig_warnsWithLineAndUsesDefaults() throws {
    try write("config.toml", "theme = \"light\"\nlayout = \"diagonal\"\n")
    try write("keymap.toml", "[keys]\nj = \"fly\"\n")
    let settings = try launch()
    XCTAssertEqual(
      settings.warnings.map(\.description),
      [
        configDirectory + "/config.toml:2: 'layout' must be \"auto\", \"grid\" or \"tabs\"",
        configDirectory + "/keymap.toml:2: unknown action 'fly'",
      ])
    XCTAssertEqual(settings.app.theme.name, Theme.defaultName, "the whole broken file is ignored")
    XCTAssertEqual(settings.app.keymap, .standard)
    XCTAssertEqual(settings.statusMessage?.isError, true)
    XCTAssertTrue(settings.statusMessage?.text.contains("(+1 more); defaults used") == true)
  }

  func testBrokenConfig_syntaxErrorAndUnknownKeysAndMissingTheme() throws {
    try write("config.toml", "theme = \n")
    XCTAssertEqual(try launch().warnings.first?.line, 1)
    try write("config.toml", "\ncolour = \"red\"\n")
    XCTAssertEqual(
      try launch().warnings.first?.description,
      configDirectory + "/config.toml:2: unknown key 'colour' (keys: theme, date, layout, mouse)")
    try write("config.toml", "theme = \"nope\"\n")
    let settings = try launch()
    XCTAssertEqual(settings.warnings.count, 1)
    XCTAssertEqual(settings.app.theme.name, Theme.defaultName)
  }

  func testBadCommandLineOptionIsAnError() {
    XCTAssertThrowsError(try launch(CommandLineChoices(theme: "nope")))
  }

  func testBrokenConfig_warningShowsInTheStatusBar() throws {
    try write("config.toml", "layout = 3\n")
    let settings = try launch()
    let screen = VirtualScreen(width: 120, height: 40)
    let app = App(
      corpus: Fixture.corpus, size: screen.size, settings: settings.app,
      message: settings.statusMessage)
    app.draw(on: screen)
    XCTAssertTrue(screen.text.contains("config: \(configDirectory)/config.toml:1:"))
  }
}
