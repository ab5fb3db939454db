/// How the panes are arranged: chosen by size (`auto`), or fixed by the user's config.
public enum LayoutMode: String, Sendable, CaseIterable {
  /// Four panes from 100×24 up, tabs below.
  case auto
  /// Always the four panes (while at least 40×10).
  case grid
  /// Always one pane under a tab bar.
  case tabs
}

/// Where each part of the screen goes at a given size.
///
/// Wide terminals (≥ 100×24) show the four panes in a 2×2 grid; narrower ones show the focused
/// pane alone under a tab bar; below 40×10 only a "too small" line is drawn. A `LayoutMode`
/// other than `auto` fixes grid or tabs at every usable size.
public struct Layout: Sendable, Equatable {
  public static let minimum = Size(width: 40, height: 10)

  public var panes: [Pane: Rect] = [:]
  public var tabs: Rect?
  public var status: Rect
  public var prompt: Rect
  public var isTooSmall: Bool

  public init(size: Size, focus: Pane, mode: LayoutMode = .auto) {
    let width = max(0, size.width)
    let height = max(0, size.height)
    status = Rect(row: height - 2, col: 0, width: width, height: 1)
    prompt = Rect(row: height - 1, col: 0, width: width, height: 1)
    isTooSmall = width < Layout.minimum.width || height < Layout.minimum.height
    guard !isTooSmall else { return }
    let body = height - 2
    let wide = width >= 100 && height >= 24
    if mode == .grid || (mode == .auto && wide) {
      let top = body / 2
      let left = width * 11 / 20
      panes[.timeline] = Rect(row: 0, col: 0, width: left, height: top)
      panes[.actors] = Rect(row: 0, col: left, width: width - left, height: top)
      let half = width / 2
      panes[.quotes] = Rect(row: top, col: 0, width: half, height: body - top)
      panes[.source] = Rect(row: top, col: half, width: width - half, height: body - top)
    } else {
      tabs = Rect(row: 0, col: 0, width: width, height: 1)
      panes[focus] = Rect(row: 1, col: 0, width: width, height: body - 1)
    }
  }

  /// The inside of a pane's frame: the rows its content scrolls in.
  public func content(_ pane: Pane) -> Rect? { panes[pane]?.inset(1) }

  /// How many rows `pane` shows when it is visible (as it would be if focused).
  public static func visibleRows(_ pane: Pane, size: Size, mode: LayoutMode = .auto) -> Int {
    let rows = Layout(size: size, focus: pane, mode: mode).content(pane)?.height ?? 1
    return max(1, pane == .source ? rows - 1 : rows)
  }

  /// The text width of `pane` when visible.
  public static func contentWidth(_ pane: Pane, size: Size, mode: LayoutMode = .auto) -> Int {
    Layout(size: size, focus: pane, mode: mode).content(pane)?.width ?? 0
  }
}
