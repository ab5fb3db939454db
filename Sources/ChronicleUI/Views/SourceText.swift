import ChronicleCore

/// The Source pane's text: a header naming the paragraph ("¶ 7", 1-based, first so a narrow
/// pane never cuts it), the document title, outlet and date; then the paragraph wrapped with
/// the target span in the `highlight` role, between its neighbours (dimmed) for context.
struct SourceText {
  let corpus: Corpus
  let target: SourceTarget?

  /// How many paragraphs before and after the target are shown.
  static let neighbours = 2

  func header() -> StyledLine {
    guard let target, let document = corpus.document(target.location.document) else {
      return StyledLine("Select a quote or event; Enter jumps here", .dim)
    }
    var line = StyledLine()
    line.append("¶ \(target.location.paragraph + 1)", .heading)
    line.append(" · " + DocumentLabel(document: document).heading, .title)
    return line
  }

  /// The wrapped lines below the header.
  func lines(width: Int) -> [StyledLine] { layout(width: width).lines }

  /// The first line to show in `height` rows: from the paragraph before the target when the
  /// highlight still fits below it, else from the target paragraph, else with the highlight a
  /// third of the way down; so the highlight is always in view with what leads to it.
  func scroll(width: Int, height: Int) -> Int {
    let layout = layout(width: width)
    let highlightEnd = layout.focus + 2
    if highlightEnd - layout.previousStart <= height { return layout.previousStart }
    if highlightEnd - layout.targetStart <= height { return layout.targetStart }
    return max(0, layout.focus - height / 3)
  }

  private func layout(width: Int) -> (
    lines: [StyledLine], focus: Int, targetStart: Int, previousStart: Int
  ) {
    guard let target, let document = corpus.document(target.location.document),
      document.paragraphs.indices.contains(target.location.paragraph)
    else { return ([], 0, 0, 0) }
    let index = target.location.paragraph
    let range =
      max(0, index - Self.neighbours)...min(document.paragraphs.count - 1, index + Self.neighbours)
    var lines: [StyledLine] = []
    var focus = 0
    var targetStart = 0
    var previousStart = 0
    for position in range {
      if !lines.isEmpty { lines.append(StyledLine()) }
      if position == index - 1 { previousStart = lines.count }
      let paragraph = document.paragraphs[position]
      guard position == index else {
        lines += Wrapper.wrap(StyledLine(paragraph.text, .dim), width: width)
        continue
      }
      let wrapped = Wrapper.wrap(Self.styled(paragraph, span: target.span), width: width)
      let highlighted = wrapped.firstIndex { $0.runs.contains { $0.role == .highlight } }
      targetStart = lines.count
      previousStart = index > range.lowerBound ? previousStart : targetStart
      focus = lines.count + (highlighted ?? 0)
      lines += wrapped
    }
    return (lines, focus, targetStart, previousStart)
  }

  static func styled(_ paragraph: Paragraph, span: TextSpan?) -> StyledLine {
    let base: Role = paragraph.kind == .heading ? .heading : .normal
    let scalars = paragraph.text.unicodeScalars
    guard let span, span.start < span.end, span.start >= 0, span.end <= scalars.count else {
      return StyledLine(paragraph.text, base)
    }
    let start = scalars.index(scalars.startIndex, offsetBy: span.start)
    let end = scalars.index(scalars.startIndex, offsetBy: span.end)
    var line = StyledLine()
    line.append(String(scalars[..<start]), base)
    line.append(String(scalars[start..<end]), .highlight)
    line.append(String(scalars[end...]), base)
    return line
  }
}
