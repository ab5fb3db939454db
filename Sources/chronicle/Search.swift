import ArgumentParser
import ChronicleArchive
import ChronicleCore
import Foundation

/// `chronicle search QUERY`: the archive's full-text index from a script, one line per
/// matching paragraph, as grep prints lines.
struct Search: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find the archived paragraphs that contain some words.",
    discussion: """
      Looks the words up in the archive's full-text index (case and accents ignored; the \
      last word may begin a longer one) and prints PATH:PARAGRAPH:TEXT for each match, \
      PARAGRAPH being the 0-based index of chronicle/1. Articles whose files are gone are \
      left out. Exits 1 when nothing matches, as grep does.

      Examples:
        chronicle search "foreign minister"
        chronicle search --archive /srv/news.sqlite ceasefire | cut -d: -f1 | sort -u
      """)

  @Option(
    name: .long,
    help:
      "The archive file (default: $XDG_DATA_HOME/chronicle/archive.sqlite, else ~/.local/share/…).")
  var archive: String?

  @Argument(help: "The words to find.")
  var query: String

  func validate() throws {
    if query.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
      throw ValidationError("the query '\(query)' has no word to look for")
    }
  }

  func run() throws {
    let path = archive ?? Archive.defaultPath(environment: ProcessInfo.processInfo.environment)
    guard FileManager.default.fileExists(atPath: path) else {
      FileDescriptor.standardError.write(
        "chronicle: error: archive \(path): does not exist (run chronicle index first)\n")
      throw ExitCode(1)
    }
    let store = try ArchiveOptions.open(path)
    let found: [ArchivedParagraph]
    do {
      found = try store.paragraphs(matching: query)
    } catch {
      FileDescriptor.standardError.write("chronicle: error: \(error)\n")
      throw ExitCode(1)
    }
    var present: [String: Bool] = [:]
    var printed = 0
    for hit in found {
      if present[hit.path] == nil {
        present[hit.path] = FileManager.default.fileExists(atPath: hit.path)
      }
      guard present[hit.path] == true else { continue }
      print(Diagnostics.escaped("\(hit.path):\(hit.paragraph):\(hit.text)"))
      printed += 1
    }
    if printed == 0 { throw ExitCode(1) }
  }
}
