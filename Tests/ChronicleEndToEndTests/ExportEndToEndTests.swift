import ChronicleTestSupport
import Foundation
import XCTest

/// `:export FILE` in the explorer: a failed export says so and loses nothing.
final class ExportEndToEndTests: EndToEndCase {
  /// An unwritable directory holding an earlier export. As root every directory is writable,
  /// so the explorer then runs as `nobody` (setpriv).
  func testFailedExport_isReportedAndTheExistingFileIsUntouched() throws {
    let folder = try ArticleFolder()
    let existing = try folder.write("out/timeline.json", "previous export")
    chmod(folder.path + "/out", 0o555)
    chmod(existing, 0o644)
    defer { chmod(folder.path + "/out", 0o755) }
    var launcher = ""
    if geteuid() == 0 {
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        throw XCTSkip("running as root without setpriv: root writes anywhere")
      }
      launcher = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups"
    }
    let t = try open([folder.good], environment: "HOME=/tmp", launcher: launcher)
    try t.type(":export \(existing)")
    try t.send("Enter")
    try t.waitFor(text: "export failed")
    XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "previous export")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out"), ["timeline.json"])
  }
}
