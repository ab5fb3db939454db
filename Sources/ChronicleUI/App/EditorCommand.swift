import Foundation

/// The argv that opens a file at a line in the user's editor.
///
/// `$EDITOR` may hold arguments (`code -w`, `emacsclient -t`), so like git it is run by the
/// shell, with the line and the path passed as positional parameters so neither is ever
/// parsed as shell text: `sh -c '$EDITOR "$@"' chronicle +LINE PATH`.
public enum EditorCommand {
  public static func arguments(editor: String, path: String, line: Int?) -> [String] {
    let command = editor.trimmingCharacters(in: .whitespaces).isEmpty ? "vi" : editor
    return ["/bin/sh", "-c", command + " \"$@\"", "chronicle"]
      + (line.map { ["+\($0)"] } ?? []) + [path]
  }
}
