import ChronicleTestSupport
import Foundation
import XCTest

/// `chronicle extract … | head -1`: when the reader goes away, the extractor ends quietly.
final class ExtractPipeTests: XCTestCase {
  override func setUpWithError() throws { try ChronicleBinary.require() }

  func testClosedPipe_endsQuietly() throws {
    let folder = try ArticleFolder()
    for n in 1...300 {
      try folder.write("many/a\(n).txt", "On Monday, Marco Rubio met officials, number \(n).")
    }
    let status = folder.path + "/status"
    let errors = folder.path + "/stderr"
    let pipeline = """
      { '\(ChronicleBinary.path)' extract --format jsonl '\(folder.path)/many' 2>'\(errors)'; \
      echo $? >'\(status)'; } | head -1
      """
    let run = try Spawn.run(["/bin/sh", "-c", pipeline])
    XCTAssertEqual(run.status, 0)
    XCTAssertEqual(String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").count, 1)
    XCTAssertEqual(try String(contentsOfFile: errors, encoding: .utf8), "", "nothing on stderr")
    let code = try String(contentsOfFile: status, encoding: .utf8)
    XCTAssertTrue(["0\n", "141\n"].contains(code), "exit status \(code): SIGPIPE or done")
  }
}
