import ChronicleCore
import FuzzDriver

/// Fuzzes the whole read path: bytes → SourceDecoder → DocumentReader → DocumentExtractor →
/// CorpusJSON, as `chronicle extract` runs it on one file. Built by scripts/fuzz.sh only.
@main
enum ExtractFuzzer {
  static func main() {
    runFuzzer { data, count in
      let bytes = Array(UnsafeBufferPointer(start: data, count: count))
      guard case .success(let decoded) = SourceDecoder.decode(bytes, path: "fuzz.txt") else {
        return 0
      }
      let reader = DocumentReader(dateOverride: CalendarDate(iso: "2025-05-09"))
      let source = SourceText(path: "fuzz.txt", text: decoded.text)
      _ = CorpusJSON.encode(DocumentExtractor().extract(reader.read(source, id: "d1").0))
      return 0
    }
  }
}
