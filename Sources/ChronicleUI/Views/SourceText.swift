import ChronicleCore

/// The Source pane's text: a header naming the paragraph ("¶ 7", 1-based, first so a narrow
/// pane never cuts it) and the document, then
/// the paragraph wrapped, with the target span in the `highlight` role.
struct SourceText {
  let corpus: Corpus
  let target: SourceTarget?

  func header() -> StyledLine {
    guard let target, let document = corpus.document(target.location.document) else {
      return StyledLine("Select a quote or event; Enter jumps here", .dim)
    }
    var line = StyledLine()
    line.append("¶ \(target.location.paragraph + 1)", .heading)
    line.append(" · " + (document.title ?? document.path), .title)
    return line
  }

  /// The wrapped paragraph lines (without the header).
  func lines(width: Int) -> [StyledLine] {
    guard let target, let paragraph = corpus.paragraph(target.location) else { return [] }
    return Wrapper.wrap(Self.styled(paragraph, span: target.span), width: width)
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
