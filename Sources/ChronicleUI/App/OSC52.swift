import Foundation

/// The OSC 52 "set clipboard" control sequence: `ESC ] 52 ; c ; BASE64 BEL`.
///
/// The terminal emulator itself sets the clipboard, so it works over ssh; tmux passes it on (and
/// fills its paste buffer) when `set-clipboard` is `on`.
public enum OSC52 {
  public static func sequence(copying text: String) -> String {
    "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
  }
}
