import Foundation

/// Reading and writing JSON lines of edits: one object a line, keys sorted, so the same edit
/// is always the same line (the archive stores that line as TEXT).
public enum EditLines {
  /// One value as a JSON line ending in a newline.
  public static func line<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Every non-blank line decoded, or an error naming the file and the first bad line's
  /// number — nothing is returned from a file with a bad line.
  public static func decode<T: Decodable>(_ data: Data, from path: String, as type: T.Type)
    throws -> [T]
  {
    var values: [T] = []
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (number, line) in lines.enumerated()
    where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
      values.append(try decode(Data(line), named: "\(path):\(number + 1)", as: T.self))
    }
    return values
  }

  /// One JSON object, or an error naming `name` (a file and line, an archive's edit) and why
  /// it is not an edit.
  public static func decode<T: Decodable>(_ data: Data, named name: String, as type: T.Type)
    throws -> T
  {
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw EditStoreError("\(name): not an edit (\(Self.reason(error)))")
    }
  }

  /// The edits in force in an exported file (one edit a line) or in an explorer's edits
  /// file (one stored edit a line, reverted ones left out).
  public static func edits(in data: Data, from path: String) throws -> [Edit] {
    do {
      return try decode(data, from: path, as: Edit.self)
    } catch {
      guard let stored = try? decode(data, from: path, as: StoredEdit.self) else { throw error }
      return stored.filter { !$0.reverted }.map(\.edit)
    }
  }

  private static func reason(_ error: Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, let context):
      return context.debugDescription.isEmpty || context.debugDescription.hasPrefix("No value")
        ? "missing \(key.stringValue)" : context.debugDescription
    case .dataCorrupted(let context):
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      return field.isEmpty ? "malformed JSON" : "unknown \(field)"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    default: return "malformed JSON"
    }
  }
}
