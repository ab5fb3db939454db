import CNcurses
import ChronicleUI
import Glibc

/// What the terminal delivered: a key, a mouse event, or a change of size.
enum InputEvent {
  case key(Key)
  case mouse(MouseEvent)
  case resize
}

/// Reads one input event with `get_wch` (wide characters and keypad function keys).
enum KeyReader {
  static func next() -> InputEvent? {
    var value: wint_t = 0
    let status = get_wch(&value)
    if status == KEY_CODE_YES { return functionKey(Int32(value)) }
    guard status == OK else { return nil }
    return character(UInt32(value))
  }

  private static func functionKey(_ code: Int32) -> InputEvent? {
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return mouse()
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_BTAB: return .key(.backTab)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_ENTER: return .key(.enter)
    default:
      for n in 1...12 where code == chronicle_key_f(Int32(n)) { return .key(.function(n)) }
      return nil
    }
  }

  /// Decodes the pending `KEY_MOUSE` event with `getmouse`.
  private static func mouse() -> InputEvent? {
    var row: Int32 = 0
    var col: Int32 = 0
    let kind: MouseEvent.Kind
    switch chronicle_read_mouse(&row, &col) {
    case 1: kind = .leftClick
    case 2: kind = .wheelUp
    case 3: kind = .wheelDown
    default: return nil
    }
    return .mouse(MouseEvent(kind, row: Int(row), col: Int(col)))
  }

  private static func character(_ value: UInt32) -> InputEvent? {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26:
      guard let letter = Unicode.Scalar(value + 96) else { return nil }
      return .key(.ctrl(Character(letter)))
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.char(Character(scalar)))
    }
  }
}
