/// Builds a `Document` from a source text: front matter, publication date (an explicit
/// `--date` wins), and paragraphs.
public struct DocumentReader: Sendable {
  /// Overrides every document's publication date when set (`--date`).
  public var dateOverride: CalendarDate?

  public init(dateOverride: CalendarDate? = nil) {
    self.dateOverride = dateOverride
  }

  public func read(_ source: SourceText, id: String) -> (Document, [InputProblem]) {
    let scalars = [Unicode.Scalar](scalarsOf: source.text)
    let front = FrontMatter.parse(scalars)
    let shown = source.path == "-" ? "<stdin>" : source.path
    let problems = front.problems.map {
      InputProblem(path: shown, message: $0, severity: .warning)
    }
    let paragraphs = ParagraphSplitter.paragraphs(of: scalars[front.bodyStart...])
    let document = Document(
      id: id, path: source.path, title: front.title,
      published: dateOverride ?? front.date ?? source.published, paragraphs: paragraphs)
    return (document, problems)
  }
}
