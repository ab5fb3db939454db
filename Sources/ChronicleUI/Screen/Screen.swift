/// Where a finished frame goes: ncurses in the terminal, memory in tests.
///
/// Views never talk to a `Screen`; they draw into a `CellGrid`, and the app presents the grid.
/// That keeps every frame a value that tests can read.
public protocol Screen: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// Shows `grid` (same size as `size`) with `theme`.
  func present(_ grid: CellGrid, theme: Theme)
}

/// An in-memory screen: the last presented frame, readable as text and roles.
public final class VirtualScreen: Screen {
  public var size: Size
  public private(set) var frame: CellGrid
  public private(set) var theme: Theme?

  public init(width: Int, height: Int) {
    size = Size(width: width, height: height)
    frame = CellGrid(size: size)
  }

  public func present(_ grid: CellGrid, theme: Theme) {
    frame = grid
    self.theme = theme
  }

  /// The frame's rows as strings (wide characters once, continuations skipped).
  public var lines: [String] { (0..<frame.size.height).map(frame.line) }

  /// All rows joined by newlines.
  public var text: String { lines.joined(separator: "\n") }
}
