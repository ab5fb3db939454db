import ArgumentParser
import ChronicleCore
import ChronicleTerminal
import ChronicleUI
import Foundation

/// `chronicle [PATH...]`: the interactive explorer (the built-in sample with no path).
struct Browse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Browse articles in the terminal (the default command).")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Theme: default, light, high-contrast, mono, or a .toml file.")
  var theme: String = Theme.defaultName

  @Option(name: .long, help: "A TOML keymap file ([keys] KEY = \"action\") over the defaults.")
  var keymap: String?

  func run() throws {
    let start = TimingTrace.now()
    let environment = ProcessInfo.processInfo.environment
    let directories = Self.themeDirectories(environment)
    let chosenTheme: Theme
    let keys: Keymap
    do {
      chosenTheme = try Theme.load(theme, directories: directories)
      keys = try keymap.map { path throws(ConfigError) in try Keymap.load(path: path) } ?? .standard
    } catch {
      throw ValidationError("\(error)")
    }
    let (corpus, problems) = CorpusLoader(dateOverride: input.dateOverride).load(paths: input.paths)
    Diagnostics.report(problems)
    let skipped = problems.filter { $0.severity == .skipped }.count
    let message: StatusMessage? =
      skipped > 0
      ? .error("\(skipped) input(s) skipped; see the messages printed before the UI") : nil
    do {
      try TerminalSession.run(
        allowColor: ColorMode.allowed(by: environment),
        trace: TimingTrace(environment: environment),
        start: start
      ) { size in
        App(
          corpus: corpus, size: size, keymap: keys, theme: chosenTheme,
          themeDirectories: directories, message: message)
      }
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      throw ExitCode(1)
    }
    if skipped > 0 { throw ExitCode(1) }
  }

  /// Where `--theme NAME` and `:theme NAME` look for `NAME.toml` before the built-in themes.
  static func themeDirectories(_ environment: [String: String]) -> [String] {
    var directories: [String] = []
    if let custom = environment["CHRONICLE_THEMES"] { directories.append(custom) }
    if let home = environment["HOME"] { directories.append(home + "/.config/chronicle/themes") }
    return directories
  }
}
