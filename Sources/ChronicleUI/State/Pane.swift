/// The four panes of the explorer, in Tab order (and `1`–`4`).
public enum Pane: Int, Sendable, CaseIterable, Hashable {
  case timeline
  case actors
  case quotes
  case source

  public var title: String {
    switch self {
    case .timeline: "Timeline"
    case .actors: "Actors"
    case .quotes: "Quotes"
    case .source: "Source"
    }
  }

  var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .timeline }
  var previous: Pane {
    Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .timeline
  }
}

/// Where a pane is: the selected row and the first row shown.
public struct PaneCursor: Sendable, Equatable {
  public var row = 0
  public var scroll = 0

  public init(row: Int = 0, scroll: Int = 0) {
    self.row = row
    self.scroll = scroll
  }
}
