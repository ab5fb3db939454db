import Foundation

/// A line of text made of runs in different roles: what a pane row looks like before it is
/// clipped into a rectangle.
public struct StyledLine: Sendable, Equatable {
  public struct Run: Sendable, Equatable {
    public var text: String
    public var role: Role
  }

  public var runs: [Run] = []

  public init(_ runs: [Run] = []) { self.runs = runs }

  public init(_ text: String, _ role: Role = .normal) { runs = [Run(text: text, role: role)] }

  public var text: String { runs.map(\.text).joined() }

  public mutating func append(_ text: String, _ role: Role = .normal) {
    guard !text.isEmpty else { return }
    runs.append(Run(text: text, role: role))
  }

  /// The line with every case-insensitive occurrence of `query` in the `match` role.
  public func highlighting(_ query: String?) -> StyledLine {
    guard let query, !query.isEmpty else { return self }
    var result = StyledLine()
    for run in runs {
      var rest = Substring(run.text)
      while let found = rest.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) {
        result.append(String(rest[..<found.lowerBound]), run.role)
        result.append(String(rest[found]), .match)
        rest = rest[found.upperBound...]
      }
      result.append(String(rest), run.role)
    }
    return result
  }

  /// Draws the line at `row` of `rect`, from the rectangle's left edge, clipped to it.
  func draw(into grid: inout CellGrid, row: Int, in rect: Rect) {
    var col = rect.col
    for run in runs {
      col = grid.write(run.text, row: row, col: col, role: run.role, clip: rect)
      if col >= rect.right { return }
    }
  }
}
