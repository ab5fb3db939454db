/// A time phrase found in one paragraph, before it gets a corpus id.
public struct TimeMatch: Sendable, Equatable {
  /// Unicode-scalar offsets into the paragraph text, end exclusive.
  public var start: Int
  public var end: Int
  public var text: String
  public var value: String?
  public var precision: TimePrecision
  public var type: TimeType

  public init(
    start: Int, end: Int, text: String, value: String?, precision: TimePrecision, type: TimeType
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.value = value
    self.precision = precision
    self.type = type
  }
}

/// Finds time expressions in a paragraph and resolves them against the publication date.
///
/// The paragraph is split into word/number tokens (`TimeScanner`), recognisers find the longest
/// phrase at each token (`TimePhraseParser` and its extensions), and `TimeResolver` turns each
/// phrase into a TIMEX3 value. Spans leave out leading prepositions ("on Friday" → "Friday")
/// and keep "the" and modifiers ("the third quarter", "earlier this week"), as TimeBank does.
/// Without a publication date relative phrases keep a nil value; absolute dates still resolve.
public struct TimeExtractor: Sendable {
  public init() {}

  public func extract(_ paragraph: [Unicode.Scalar], published: CalendarDate?) -> [TimeMatch] {
    var story: CalendarDate?
    return extract(TokenizedParagraph(index: 0, scalars: paragraph), published: published, story: &story)
  }

  /// A paragraph the other extractors share: the scanner reuses its tokens.
  /// - Parameter story: the first day of the document's latest resolved date so far, which
  ///   "the following year" counts from; updated as dates are found.
  func extract(
    _ paragraph: TokenizedParagraph, published: CalendarDate?, story: inout CalendarDate?
  ) -> [TimeMatch] {
    let tokens = TimeScanner.tokens(paragraph)
    guard !tokens.isEmpty else { return [] }
    let parser = TimePhraseParser(tokens: tokens, resolver: TimeResolver(anchor: published))
    var candidates = parser.parseAll()
    var previous: TimeResolution?
    for n in candidates.indices {
      if let step = candidates[n].storyStep, let day = story {
        candidates[n].resolution = TimeResolver(anchor: day).unit(step.unit, offset: step.offset)
      }
      if candidates[n].repeatsPrevious, let previous { candidates[n].resolution = previous }
      let r = candidates[n].resolution
      if r.type == .date, r.precision != .unknown, let day = r.value.flatMap(TimeValue.firstDay) {
        story = day
        previous = r
      }
    }
    // "until then" with no date before it in the paragraph says nothing we can resolve.
    candidates.removeAll { $0.repeatsPrevious && $0.resolution.precision == .unknown }
    return candidates.map { c in
      let start = tokens[c.first].start
      let end = tokens[c.end - 1].end
      return TimeMatch(
        start: start, end: end, text: paragraph.text(start, end), value: c.resolution.value,
        precision: c.resolution.precision, type: c.resolution.type)
    }
  }
}
