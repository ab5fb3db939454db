import ChronicleCore

/// What the Source pane shows: a paragraph, and the span in it to highlight.
public struct SourceTarget: Sendable, Equatable {
  public var location: ParagraphLocation
  public var span: TextSpan?

  public init(location: ParagraphLocation, span: TextSpan? = nil) {
    self.location = location
    self.span = span
  }

  public init(span: TextSpan) {
    self.init(location: span.location, span: span)
  }
}

/// A place to come back to with Esc / Ctrl-O: the focus, the Source pane's paragraph and
/// the cursors as they were before a jump.
public struct JumpPoint: Sendable, Equatable {
  public var focus: Pane
  public var source: SourceTarget?
  public var cursors: [Pane: PaneCursor]
}
