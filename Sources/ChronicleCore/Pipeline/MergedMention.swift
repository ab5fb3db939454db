/// A mention of an actor, country or place as a merge holds it until the export is written:
/// 16 bytes where a `TextSpan` takes 40, its document a number in the merge's table of
/// document ids (`CorpusJoiner.documentIDs`). A merge holds every mention of the corpus at
/// once, the bulk of a streamed export's memory.
///
/// Paragraph numbers and offsets within a paragraph are far below 2³¹ for any text a merge
/// can hold; a larger one stops the program rather than be written wrong.
struct MergedMention: Sendable {
  var document: Int32
  var paragraph: Int32
  var start: Int32
  var end: Int32

  /// `span` in document number `document`.
  init(_ span: TextSpan, document: Int32) {
    self.document = document
    paragraph = Int32(span.paragraph)
    start = Int32(span.start)
    end = Int32(span.end)
  }

  /// The mention as a span of the model, its document id read from `documentIDs`.
  func span(in documentIDs: [String]) -> TextSpan {
    TextSpan(
      document: documentIDs[Int(document)], paragraph: Int(paragraph), start: Int(start),
      end: Int(end))
  }
}
