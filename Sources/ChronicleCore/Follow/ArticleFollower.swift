import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Follows folders of articles as `less +F` and lnav follow files: new, changed and deleted
/// articles are extracted and merged on a thread of their own, and each new corpus waits in a
/// mailbox until the explorer takes it between keys. The explorer never blocks on this work.
///
/// inotify says what changed at once (close-after-write and moved-in, so half-written files
/// are never read); a periodic rescan catches what inotify cannot (lost events after an
/// overflow, network file systems), taking a file only when two rescans agree on its stamp.
public final class ArticleFollower: @unchecked Sendable {
  /// A new version of the corpus, and what made it.
  public struct Update: Sendable {
    /// Counts up from 1 with each corpus published.
    public var version: Int
    public var corpus: Corpus
    /// What changed since the update the explorer took before this one.
    public var delta: FollowedArticles.Delta
  }

  /// Guards the mailbox and the switches, which the explorer's thread reads too.
  private let lock = NSLock()
  /// Touched only by the loading thread, then only by the following thread.
  private var articles: FollowedArticles
  private var current = Corpus.empty
  private let rescanSeconds: Double
  private var waiting: Update?
  private var version = 0
  private var following = true
  private var stopped = false
  private var catchUp = false
  private let wake: (read: Int32, write: Int32)
  #if canImport(Glibc)
    private let watcher = FolderWatcher()
  #endif

  /// Follows `paths` (folders are followed with all their subfolders), reading articles with
  /// `reading` (by default extracted in memory). `rescanSeconds` is how often the fallback
  /// rescan runs.
  public init(
    paths: [String], loader: CorpusLoader, reading: ArticleReading? = nil, rescanSeconds: Double = 5
  ) {
    articles = FollowedArticles(roots: paths, loader: loader, reading: reading)
    self.rescanSeconds = rescanSeconds
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
      for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }
    wake = (fds[0], fds[1])
  }

  deinit {
    close(wake.read)
    close(wake.write)
  }

  /// Watches the folders, then reads every article in them: the corpus to open with. Call
  /// once, before `start`; events that arrive meanwhile wait for `start`.
  public func loadInitial(
    progress: @escaping (_ done: Int, _ total: Int) -> Void = { _, _ in }
  ) -> (Corpus, [InputProblem]) {
    #if canImport(Glibc)
      for root in articles.roots { watcher?.watchTree(root) }
    #endif
    let (files, problems) = articles.articleFiles()
    progress(0, files.count)
    let delta = articles.update(files)
    progress(files.count, files.count)
    current = articles.corpus()
    return (current, problems + delta.problems)
  }

  /// Starts following on a thread of its own.
  public func start() {
    let thread = Thread { [self] in run() }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Ends following (the thread stops at its next wake-up).
  public func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
    poke()
  }

  /// Whether changes are taken in; switching back on catches up with a full rescan.
  public var isFollowing: Bool {
    get {
      lock.lock()
      defer { lock.unlock() }
      return following
    }
    set {
      lock.lock()
      if newValue && !following { catchUp = true }
      following = newValue
      lock.unlock()
      poke()
    }
  }

  /// The newest corpus not taken yet, with everything that changed since the last one taken.
  public func takeUpdate() -> Update? {
    lock.lock()
    defer { lock.unlock() }
    defer { waiting = nil }
    return waiting
  }

  private func poke() {
    var byte: UInt8 = 1
    _ = write(wake.write, &byte, 1)
  }

  private func run() {
    var lastRescan = Date()
    while true {
      let woken = waitForWork(until: lastRescan.addingTimeInterval(rescanSeconds))
      lock.lock()
      if stopped {
        lock.unlock()
        return
      }
      let active = following
      let catchingUp = catchUp
      catchUp = false
      lock.unlock()
      var delta = FollowedArticles.Delta()
      let changes = readChanges(settle: woken)
      if catchingUp {
        delta = articles.rescan(settled: false)
      } else if active {
        delta = apply(changes)
      }
      if active && Date().timeIntervalSince(lastRescan) >= rescanSeconds {
        delta.add(articles.rescan(settled: true))
        lastRescan = Date()
      }
      publish(delta)
    }
  }

  /// Sleeps until inotify or the wake pipe has something, or until `deadline`; returns
  /// whether inotify has something.
  private func waitForWork(until deadline: Date) -> Bool {
    let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow, 3600)) * 1000)
    var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
    #if canImport(Glibc)
      if let watcher { fds.append(pollfd(fd: watcher.pollDescriptor, events: Int16(POLLIN), revents: 0)) }
    #endif
    guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return false }
    var drain = [UInt8](repeating: 0, count: 64)
    while read(wake.read, &drain, drain.count) > 0 {}
    return fds.count > 1 && fds[1].revents & Int16(POLLIN) != 0
  }

  /// The changes inotify holds; with `settle`, waits a moment first so that a burst (a folder
  /// of articles copied in) becomes one update.
  private func readChanges(settle: Bool) -> [FolderWatcher.Change] {
    #if canImport(Glibc)
      guard let watcher else { return [] }
      if settle { usleep(50_000) }
      return watcher.readChanges()
    #else
      return []
    #endif
  }

  private func apply(_ changes: [FolderWatcher.Change]) -> FollowedArticles.Delta {
    var delta = FollowedArticles.Delta()
    var touched: [String] = []
    for change in changes {
      switch change {
      case .written(let path), .removed(let path): touched.append(path)  // `update` drops the gone
      case .folderAppeared(let path): touched += articles.articleFiles(under: path)
      case .folderRemoved(let path): delta.add(articles.remove(path))
      case .overflow: delta.add(articles.rescan(settled: false))
      }
    }
    delta.add(articles.update(touched))
    return delta
  }

  /// Puts a new corpus in the mailbox, folding in what an update not yet taken said.
  private func publish(_ delta: FollowedArticles.Delta) {
    guard delta.changesCorpus || !delta.problems.isEmpty else { return }
    if delta.changesCorpus {
      current = articles.corpus()
      _ = current.index  // built here, so the explorer's thread never waits for it
    }
    lock.lock()
    defer { lock.unlock() }
    var combined = waiting?.delta ?? FollowedArticles.Delta()
    combined.add(delta)
    version += 1
    waiting = Update(version: version, corpus: current, delta: combined)
  }
}
