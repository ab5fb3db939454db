import ChronicleCore
import ChronicleUI
import XCTest

final class BackgroundLoadTests: XCTestCase {
  func testLoading_showsProgressThenSwapsInTheCorpus() {
    let gate = DispatchSemaphore(value: 0)
    let load = BackgroundLoad { progress in
      progress(1, 3)
      gate.wait()
      return (Fixture.corpus, [InputProblem(path: "bad.txt", message: "empty", severity: .skipped)])
    }
    let screen = VirtualScreen(width: 120, height: 40)
    let app = App(corpus: .empty, size: screen.size, loading: load)
    app.draw(on: screen)
    XCTAssertTrue(app.isLoading)
    XCTAssertTrue(screen.text.contains("Loading"))
    let deadline = Date().addingTimeInterval(5)
    while !app.pollLoad() && Date() < deadline { usleep(1000) }
    app.draw(on: screen)
    XCTAssertTrue(screen.text.contains("Loading 1/3 files…"))
    app.press(.char("j"))
    app.draw(on: screen)
    XCTAssertTrue(screen.text.contains("Loading 1/3 files…"), "keys still work while loading")
    gate.signal()
    _ = load.wait()
    XCTAssertTrue(app.pollLoad())
    app.draw(on: screen)
    XCTAssertFalse(app.isLoading)
    XCTAssertTrue(screen.text.contains("4 of 4 events"))
    XCTAssertTrue(screen.text.contains("1 input(s) skipped; details are printed when you quit"))
  }

  func testAPreview_isShownWhileLoading_thenTheWholeCorpusReplacesIt() {
    let gate = DispatchSemaphore(value: 0)
    let load = BackgroundLoad(previewing: { progress, preview in
      progress(2, 2)
      preview(Fixture.corpus)
      gate.wait()
      return (NewsFixture.corpus, [])
    })
    let screen = VirtualScreen(width: 120, height: 40)
    let app = appShowingPreview(of: load, size: screen.size)
    app.draw(on: screen)
    XCTAssertTrue(app.isLoading)
    XCTAssertTrue(screen.text.contains("Alice Smith met Bob Jones"), screen.text)
    XCTAssertTrue(
      screen.text.contains("Merging 2 files… 1 shown so far"), "the status bar says it is loading")
    XCTAssertFalse(app.pollLoad(), "a preview is shown once")
    gate.signal()
    _ = load.wait()
    XCTAssertTrue(app.pollLoad())
    app.draw(on: screen)
    XCTAssertFalse(app.isLoading)
    XCTAssertEqual(app.corpus.documents.count, NewsFixture.corpus.documents.count)
    XCTAssertFalse(screen.text.contains("Merging"), screen.text)
  }

  func testAFilterChosenInThePreview_staysWhenTheWholeCorpusComesIn() {
    let gate = DispatchSemaphore(value: 0)
    let whole = CorpusMerger().merge([NewsFixture.corpus, Fixture.corpus])
    let load = BackgroundLoad(previewing: { progress, preview in
      progress(2, 2)
      preview(Fixture.corpus)
      gate.wait()
      return (whole, [])
    })
    let screen = VirtualScreen(width: 120, height: 40)
    let app = appShowingPreview(of: load, size: screen.size)
    for character in ":actor Bob Jones" { app.press(.char(character)) }
    app.press(.enter)
    gate.signal()
    _ = load.wait()
    XCTAssertTrue(app.pollLoad())
    app.draw(on: screen)
    XCTAssertEqual(app.corpus.documents.count, NewsFixture.corpus.documents.count + 1)
    XCTAssertTrue(screen.text.contains("Bob Jones │"), screen.text)
    XCTAssertTrue(screen.text.contains("Bob on stalled talks"), screen.text)
    XCTAssertFalse(screen.text.contains("Maria Lopez opened the talks"), screen.text)
  }

  func testCorpusLoader_reportsProgressPerFile() throws {
    let directory = NSTemporaryDirectory() + "chronicle-progress-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for n in 1...3 {
      try "Alice Smith spoke on Monday.\n".write(
        toFile: "\(directory)/\(n).txt", atomically: true, encoding: .utf8)
    }
    var seen: [Int] = []
    _ = CorpusLoader().load(paths: [directory]) { done, total in
      XCTAssertEqual(total, 3)
      seen.append(done)
    }
    XCTAssertEqual(seen, [1, 2, 3])
  }

  /// An app loading through `load`, once its preview is in (or after five seconds).
  private func appShowingPreview(of load: BackgroundLoad, size: Size) -> App {
    let app = App(corpus: .empty, size: size, loading: load)
    let deadline = Date().addingTimeInterval(5)
    while app.corpus.documents.isEmpty && Date() < deadline {
      app.pollLoad()
      usleep(1000)
    }
    return app
  }
}
