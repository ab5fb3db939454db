import ChronicleCore
import ChronicleUI
import XCTest

/// One bad line in a keymap file costs that line, not the file; `--keymap` warns and starts.
final class KeymapLinesTests: XCTestCase {
  func testBadLines_areReportedWithTheirNumbersAndTheRestApplies() {
    let text = "[keys]\nJ = \"move-down\"\nk = \"fly\"\n\"Hyper-X\" = \"quit\"\nK = \"move-up\"\n"
    let loaded = Keymap.loadSkippingBadLines(toml: text, file: "k.toml")
    XCTAssertEqual(
      loaded.problems.map(\.description),
      ["k.toml:3: unknown action 'fly'", "k.toml:4: unknown key 'Hyper-X'"])
    XCTAssertTrue(loaded.problems.allSatisfy(\.skipsLine))
    XCTAssertEqual(loaded.keymap.action(for: .char("J")), .moveDown)
    XCTAssertEqual(loaded.keymap.action(for: .char("K")), .moveUp, "lines after the bad ones apply")
    XCTAssertEqual(loaded.keymap.action(for: .char("k")), .moveUp, "the bad line left k alone")
  }

  func testSyntaxError_skipsOnlyThatLine() {
    let loaded = Keymap.loadSkippingBadLines(toml: "[keys]\nj = \nJ = \"quit\"\n", file: "k.toml")
    XCTAssertEqual(loaded.problems.map(\.line), [2])
    XCTAssertEqual(loaded.keymap.action(for: .char("J")), .quit)
  }

  func testKeymapOption_withABadLineWarnsAndStarts() throws {
    let path = NSTemporaryDirectory() + "chronicle-keymap-\(UUID().uuidString).toml"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "[keys]\nJ = \"quit\"\nz = \"zoom\"\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let settings = try LaunchSettings(
      config: UserConfig(directory: nil), choices: CommandLineChoices(keymapPath: path),
      environment: [:])
    XCTAssertEqual(settings.app.keymap.action(for: .char("J")), .quit)
    XCTAssertEqual(settings.warnings.map(\.line), [3])
    XCTAssertEqual(
      settings.statusMessage?.text, "config: \(path):3: unknown action 'zoom'; line skipped")
  }

  func testKeymapOption_unreadableFileWarnsAndStartsWithTheDefaults() throws {
    let settings = try LaunchSettings(
      config: UserConfig(directory: nil),
      choices: CommandLineChoices(keymapPath: "/nonexistent/k.toml"),
      environment: [:])
    XCTAssertEqual(settings.app.keymap, .standard)
    XCTAssertEqual(settings.warnings.first?.message, "cannot read the keymap file")
  }
}
