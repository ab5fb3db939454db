import ArgumentParser
import ChronicleArchive
import ChronicleCore
import ChronicleTerminal
import ChronicleUI
import Foundation

/// `chronicle [PATH...]`: the interactive explorer (the built-in sample with no path).
struct Browse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Browse articles in the terminal (the default command).",
    discussion: """
      Reads $XDG_CONFIG_HOME/chronicle/ (else ~/.config/chronicle/): config.toml (theme, date,
      layout, mouse), keymap.toml ([keys] KEY = "action") and themes/NAME.toml. Options given
      here win over those files; a broken file is reported and its defaults are used.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var archiveOptions: ArchiveOptions

  @OptionGroup var edits: EditsOption

  @Option(
    name: .long,
    help: "Theme: default, light, high-contrast, mono, a themes/ name, or a .toml file.")
  var theme: String?

  @Option(
    name: .long,
    help: "A TOML keymap file ([keys] KEY = \"action\") over keymap.toml and the defaults.")
  var keymap: String?

  @Option(name: .long, help: "Pane layout: auto (four panes from 100x24), grid or tabs.")
  var layout: LayoutMode?

  @Flag(inversion: .prefixedNo, help: "Mouse clicks and wheel (default: on, or config `mouse`).")
  var mouse: Bool?

  @Flag(
    name: .long,
    help: "Follow the folders: new and changed articles appear, deleted ones leave (F pauses).")
  var follow = false

  func validate() throws {
    if follow && (input.paths.isEmpty || input.paths.contains("-")) {
      throw ValidationError("--follow needs folders or files to watch (not the sample or -)")
    }
  }

  func run() throws {
    let start = TimingTrace.now()
    // Before any thread allocates: glibc fixes the number of arenas when a second one is made.
    FreedMemory.useOneArena()
    let environment = ProcessInfo.processInfo.environment
    let launch: LaunchSettings
    do {
      launch = try LaunchSettings(
        config: UserConfig.load(environment: environment),
        choices: CommandLineChoices(
          theme: theme, keymapPath: keymap, date: input.dateOverride, layout: layout, mouse: mouse),
        environment: environment, inputs: input.paths.filter { $0 != "-" })
    } catch {
      throw ValidationError("\(error)")
    }
    for warning in launch.warnings {
      FileDescriptor.standardError.write("chronicle: warning: \(warning); \(warning.fallback)\n")
    }
    let paths = input.paths
    let load: BackgroundLoad
    let readsArticles = paths.contains { $0 != "-" && !SavedCorpus.isSavedCorpusPath($0) }
    // The archive holds the edits whatever is browsed, and the extractions of article files.
    let archive = try archiveOptions.path().map(ArchiveOptions.open)
    let editStore = edits.store(archive: archive)
    let articleArchive = readsArticles ? archive : nil
    // The explorer reads archived articles' texts back when it shows them.
    let texts = articleArchive.map { ArchivedTexts(archive: $0) }
    let follower =
      follow
      ? ArticleFollower(
        paths: paths, loader: CorpusLoader(dateOverride: launch.date),
        reading: articleArchive.map {
          ArchivedArticleReading(archive: $0, dateOverride: launch.date, texts: texts)
        })
      : nil
    if let follower {
      load = BackgroundLoad { progress in follower.loadInitial(progress: progress) }
    } else if let articleArchive {
      let archived = ArchivedLoad(archive: articleArchive, dateOverride: launch.date, texts: texts)
      load = BackgroundLoad { progress, preview in
        archived.load(paths: paths, progress: progress, preview: preview)
      }
    } else {
      let loader = CorpusLoader(dateOverride: launch.date)
      load = BackgroundLoad { progress in loader.load(paths: paths, progress: progress) }
    }
    var opened: App?
    do {
      try TerminalSession.run(
        allowColor: ColorMode.allowed(by: environment), mouse: launch.mouse,
        trace: TimingTrace(environment: environment), start: start
      ) { size, host in
        let app = App(
          corpus: .empty, size: size, settings: launch.app, host: host,
          message: launch.statusMessage, loading: load, edits: editStore,
          follower: follower, articleSearch: articleArchive.map(ArchiveParagraphSearch.init))
        opened = app
        return app
      }
      follower?.stop()
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      throw ExitCode(1)
    }
    // Problems are told after the screen is restored, where they stay readable.
    guard case .finished(_, let loaded) = load.status else { return }
    let problems = loaded + (opened?.arrivalProblems ?? [])
    Diagnostics.report(problems)
    if problems.contains(where: { $0.severity == .skipped }) { throw ExitCode(1) }
  }
}

extension LayoutMode: ExpressibleByArgument {}
