/// The articles under followed paths, each with its own extraction, and the merged corpus they
/// make. It decides what a batch of paths means — new, changed, unchanged or gone — by the
/// files' stamps, extracts only the new and changed ones, and merges again.
///
/// No threads and no inotify here: `ArticleFollower` feeds it paths; tests feed it directly.
public struct FollowedArticles: Sendable {
  /// What one batch did.
  public struct Delta: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    /// Problems with files that are new or changed since they were last reported.
    public var problems: [InputProblem] = []

    public init() {}

    /// Whether the corpus changed (problems alone do not change it).
    public var changesCorpus: Bool { added + changed + removed > 0 }

    public mutating func add(_ other: Delta) {
      added += other.added
      changed += other.changed
      removed += other.removed
      problems += other.problems
    }
  }

  private struct Article: Sendable {
    var stamp: FileStamp
    var part: Corpus
  }

  /// The followed paths as given (folders or files), in order.
  public let roots: [String]
  private let loader: CorpusLoader
  private let reading: ArticleReading
  private var articles: [String: Article] = [:]
  /// The stamp at which each file's problem was last reported, so it is reported once.
  private var reported: [String: FileStamp] = [:]
  /// Stamps seen by the last settled rescan, for files not taken yet.
  private var unsettled: [String: FileStamp] = [:]
  /// Problems of the store behind `reading` already reported (a full disk is told once).
  private var storeProblems: [InputProblem] = []

  /// Follows `roots`, listing their files with `loader` and reading them with `reading`
  /// (by default, extracted in memory with `loader`).
  public init(roots: [String], loader: CorpusLoader, reading: ArticleReading? = nil) {
    self.roots = roots
    self.loader = loader
    self.reading = reading ?? ExtractingArticleReading(loader: loader)
  }

  /// How many articles are in the corpus.
  public var count: Int { articles.count }

  /// Every article file under the roots now.
  public func articleFiles() -> (files: [String], problems: [InputProblem]) {
    loader.sourceLoader.expand(roots)
  }

  /// The article files in a folder that just appeared.
  public func articleFiles(under folder: String) -> [String] {
    loader.sourceLoader.expand([folder]).files
  }

  /// Looks at `paths` (files written, moved in, or found by a scan): extracts those that are
  /// new or changed, drops those that are gone. Paths that are not articles are ignored.
  public mutating func update(_ paths: [String]) -> Delta {
    var delta = Delta()
    var toRead: [(path: String, stamp: FileStamp)] = []
    for path in Set(paths).sorted() {
      guard SourceLoader.isArticleName(path.split(separator: "/").last ?? "") else { continue }
      guard let stamp = FileStamp.of(path) else {
        if articles.removeValue(forKey: path) != nil { delta.removed += 1 }
        continue
      }
      unsettled[path] = nil
      if articles[path]?.stamp == stamp || reported[path] == stamp { continue }
      toRead.append((path, stamp))
    }
    let storeProblems = reading.read(toRead.map(\.path)) { position, result in
      let (path, stamp) = toRead[position]
      switch result {
      case .success(let (part, warnings)):
        if articles.updateValue(Article(stamp: stamp, part: part), forKey: path) == nil {
          delta.added += 1
        } else {
          delta.changed += 1
        }
        report(warnings, for: path, at: stamp, into: &delta)
      case .failure(let problem):
        if articles.removeValue(forKey: path) != nil { delta.removed += 1 }
        report([problem], for: path, at: stamp, into: &delta)
      }
    }
    for problem in storeProblems where !self.storeProblems.contains(problem) {
      self.storeProblems.append(problem)
      delta.problems.append(problem)
    }
    return delta
  }

  /// Drops the file at `path`, or every file below it when it is a folder.
  public mutating func remove(_ path: String) -> Delta {
    var delta = Delta()
    let prefix = path.hasSuffix("/") ? path : path + "/"
    for known in articles.keys where known == path || known.hasPrefix(prefix) {
      articles[known] = nil
      delta.removed += 1
    }
    return delta
  }

  /// Compares the roots with what is held. With `settled`, a new or changed file is taken only
  /// once two rescans in a row saw the same stamp (a file still being written, whose close
  /// was missed, is not read half); without it, everything that differs is taken now.
  public mutating func rescan(settled: Bool) -> Delta {
    let (files, problems) = articleFiles()
    var delta = Delta()
    let present = Set(files)
    for gone in articles.keys where !present.contains(gone) {
      articles[gone] = nil
      delta.removed += 1
    }
    var due: [String] = []
    var seen: [String: FileStamp] = [:]
    for path in files {
      guard let stamp = FileStamp.of(path), articles[path]?.stamp != stamp,
        reported[path] != stamp
      else { continue }
      if !settled || unsettled[path] == stamp { due.append(path) } else { seen[path] = stamp }
    }
    unsettled = seen
    delta.add(update(due))
    for problem in problems where reported[problem.path] == nil {
      reported[problem.path] = FileStamp(size: -1, modifiedNanoseconds: -1)
      delta.problems.append(problem)
    }
    return delta
  }

  /// The merged corpus of every article held, in the loader's order (roots as given, folders
  /// by name), so the same files always merge the same way.
  public func corpus() -> Corpus {
    let order = Dictionary(uniqueKeysWithValues: roots.enumerated().map { ($1, $0) })
    let keyed = articles.map { path, article in
      (root: rootIndex(of: path, order), parts: path.split(separator: "/"), article.part)
    }
    let sorted = keyed.sorted { a, b in
      a.root != b.root ? a.root < b.root : a.parts.lexicographicallyPrecedes(b.parts)
    }
    return CorpusMerger().merge(sorted.map(\.2))
  }

  private func rootIndex(of path: String, _ order: [String: Int]) -> Int {
    if let exact = order[path] { return exact }
    for (index, root) in roots.enumerated() {
      let prefix = root.hasSuffix("/") ? root : root + "/"
      if path.hasPrefix(prefix) { return index }
    }
    return roots.count
  }

  private mutating func report(
    _ problems: [InputProblem], for path: String, at stamp: FileStamp, into delta: inout Delta
  ) {
    guard !problems.isEmpty, reported[path] != stamp else { return }
    if problems.contains(where: { $0.severity == .skipped }) { reported[path] = stamp }
    delta.problems += problems
  }
}
