@testable import ChronicleCore
import XCTest

/// Word forms are interned once per worker (`Vocabulary`): what a document yields must not
/// depend on which documents the same vocabulary read before it.
final class VocabularyTests: XCTestCase {
  private let earlier = """
    title: Earlier
    date: 2024-03-01

    SAID the Minister: "We are READY." Jane O'Brien, a spokeswoman, SAID on Monday that \
    the U.S. delegation would come. Émile Zola-Brun said ÉCOLE closures were over.
    """

  private let later = """
    title: Later
    date: 2024-03-08

    "We are ready," said Jane O'Brien, a spokeswoman for the Ministry, on Monday's call. \
    Émile Zola-Brun said on Thursday that école closures would end in May. The U.S. envoy \
    Said Hamid said he would visit MONDAY'S summit.
    """

  private func document(_ text: String, _ id: String) -> Document {
    DocumentReader().read(SourceText(path: "\(id).txt", text: text), id: id).0
  }

  func testDocument_extractsAlikeWithAFreshOrAUsedVocabulary() {
    var fresh = Vocabulary()
    let alone = DocumentExtractor().extract(document(later, "d2"), vocabulary: &fresh)
    var used = Vocabulary()
    _ = DocumentExtractor().extract(document(earlier, "d1"), vocabulary: &used)
    let afterOther = DocumentExtractor().extract(document(later, "d2"), vocabulary: &used)
    XCTAssertEqual(CorpusJSON.encode(afterOther), CorpusJSON.encode(alone))
    XCTAssertFalse(alone.quotes.isEmpty)
    XCTAssertFalse(alone.times.isEmpty)
  }

  func testTokens_takeTextLowerCaseAndClassesFromTheirForm() {
    var vocabulary = Vocabulary()
    let text = Array("SAID Said said Émile ÉCOLE école O'Brien U.S. MONDAY'S Monday".unicodeScalars)
    let first = Tokenizer.tokenize(text, vocabulary: &vocabulary)
    let again = Tokenizer.tokenize(text, vocabulary: &vocabulary)
    let plain = Tokenizer.tokenize(text, classify: false)
    XCTAssertEqual(first, again)
    XCTAssertEqual(first.map(\.text), plain.map(\.text))
    XCTAssertEqual(first.map(\.lower), plain.map { $0.text.lowercased() })
    XCTAssertEqual(first.map(\.isCapitalized), plain.map(\.isCapitalized))
    XCTAssertEqual(
      first.map(\.text),
      ["SAID", "Said", "said", "Émile", "ÉCOLE", "école", "O'Brien", "U.S.", "MONDAY'S", "Monday"])
    XCTAssertEqual(Set(first[0...2].map(\.form)).count, 3, "each spelling is its own form")
    XCTAssertEqual(first[2].form, again[2].form, "a form keeps its id")
    XCTAssertTrue(first.allSatisfy { $0.classes.contains(.speechVerb) == ($0.lower == "said") })
    XCTAssertEqual(first.filter(\.isASCIILetters).map(\.text), ["SAID", "Said", "said", "Monday"])
  }

  func testPool_givesEachConcurrentDocumentItsOwnVocabulary() {
    let documents = (0..<24).map { document($0.isMultiple(of: 2) ? earlier : later, "d\($0)") }
    let expected = documents.map { d -> String in
      var v = Vocabulary()
      return CorpusJSON.encode(DocumentExtractor().extract(d, vocabulary: &v))
    }
    let results = UnsafeMutableBufferPointer<String>.allocate(capacity: documents.count)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    let sink = UncheckedSendable(results)
    let inputs = UncheckedSendable(documents)
    DispatchQueue.concurrentPerform(iterations: documents.count) { k in
      (sink.value.baseAddress! + k).initialize(
        to: CorpusJSON.encode(DocumentExtractor().extract(inputs.value[k])))
    }
    XCTAssertEqual(Array(results), expected)
  }
}
