import Foundation

/// What a token's text is, worked out once per distinct form: a news article repeats most of
/// its words, and building each token's `String`, lower-casing it and looking its classes up
/// cost more than the rest of tokenizing.
struct WordForm: Sendable {
  let text: String
  /// The text in lower case, as every lexicon lookup takes it.
  let lower: String
  /// The first scalar is upper case (a word token is then capitalised).
  let startsUpper: Bool
  /// Only ASCII letters, so every scanner splits the form as one word.
  let isASCIILetters: Bool
  /// The word lists the form is in.
  let classes: WordClasses
}

/// The word forms of the texts a worker reads, each interned once and known by an id. Every
/// vocabulary starts from the same small base, the keys of the word lists looked up by form
/// (`FormMap`), so ids below `baseCount` name the same word everywhere; the forms a worker
/// meets are added after them. (The other lists need no base: a form's `WordClasses` are
/// looked up once, when it is interned, and a worker interns the common words within its
/// first document.) One vocabulary per worker (see `VocabularyPool`): documents extracted
/// concurrently never share a mutable table, and a worker's later documents find most of
/// their forms already there.
struct Vocabulary {
  private var table = FormTable()
  private var forms: [WordForm] = []
  /// How many forms the base holds (the same in every vocabulary).
  private(set) var baseCount = 0

  /// The base, ready for a text.
  init() { self = Vocabulary.shared }

  /// Ids follow the word lists' hashing, so they differ from run to run; they never reach the
  /// output.
  private init(baseOf words: [String]) {
    for word in words {
      [Unicode.Scalar](scalarsOf: word).withUnsafeBufferPointer { _ = id(of: $0[...]) }
    }
    baseCount = forms.count
  }

  private static let shared = Vocabulary(baseOf: Array(PartyLabels.country.keys))

  /// How many forms the base holds.
  static var baseCount: Int { shared.baseCount }

  /// How many forms the vocabulary holds.
  var count: Int { forms.count }

  /// The id of a base word, as written.
  static func baseID(of word: String) -> Int32? { shared.table.find(word) }

  /// The id of the form made of `scalars`, interned on first sight.
  @inline(__always)
  mutating func id(of scalars: Tokenizer.Scalars.SubSequence) -> Int32 {
    let hash = FormTable.hash(scalars)
    if let id = table.find(scalars, hash: hash) { return id }
    forms.append(Self.makeForm(scalars))
    return table.insert(scalars, hash: hash)
  }

  /// The form with this id (which `id(of:)` gave).
  subscript(id: Int32) -> WordForm {
    @inline(__always) _read { yield forms[Int(id)] }
  }

  private static func makeForm(_ scalars: Tokenizer.Scalars.SubSequence) -> WordForm {
    let text = String(scalars: scalars)
    var ascii = true
    var upper = false
    var letters = true
    for scalar in scalars {
      if !scalar.isASCII {
        ascii = false
      } else if scalar.isUpper {
        upper = true
      }
      if !(scalar.isASCII && scalar.isLetter) { letters = false }
    }
    let lower = !ascii ? text.lowercased() : upper ? asciiLowercased(scalars) : text
    let classes = WordClasses.of(text: text, lower: lower)
    return WordForm(
      text: text, lower: lower, startsUpper: scalars.first?.isUpper ?? false,
      isASCIILetters: letters && !scalars.isEmpty, classes: classes)
  }

  /// ASCII text lower-cased straight into a string's storage (`String.lowercased` goes
  /// through the Unicode case tables for every character).
  static func asciiLowercased(_ scalars: Tokenizer.Scalars.SubSequence) -> String {
    String(unsafeUninitializedCapacity: scalars.count) { buffer in
      for (i, scalar) in scalars.enumerated() {
        let v = UInt8(truncatingIfNeeded: scalar.value)
        buffer[i] = scalar.isUpper ? v | 0x20 : v
      }
      return scalars.count
    }
  }
}

/// Vocabularies for concurrent workers: each document borrows one for its extraction and gives
/// it back, so later documents find most of their forms interned already, and no two threads
/// ever share a table. There are never more vocabularies than documents extracted at once.
final class VocabularyPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [Vocabulary] = []
  /// A vocabulary that has grown past this many forms beyond the base starts over: a long
  /// run over an archive stays bounded in memory. Measured on 10 copies of polnear-train
  /// (40 MB, `extract --format json`): 10,000 forms cost 5 MB of peak RSS over the run
  /// without a vocabulary, 5,000 forms 1–2 MB more than 1,000 (peak 64–66 MB, within twice
  /// the text) for 1.5% fewer instructions: past 1,000, a worker started over every few
  /// articles and interned the common words again.
  private let limit: Int

  init(limit: Int = 5_000) { self.limit = limit }

  /// The pool every document extraction borrows from.
  static let shared = VocabularyPool()

  func with<Result>(_ body: (inout Vocabulary) -> Result) -> Result {
    var vocabulary = lock.withLock { free.popLast() } ?? Vocabulary()
    let result = body(&vocabulary)
    if vocabulary.count - vocabulary.baseCount > limit { vocabulary = Vocabulary() }
    lock.withLock { free.append(vocabulary) }
    return result
  }
}

/// Scalar sequences to dense ids, in an open-addressed table over one pool of scalars: a
/// lookup hashes the token's scalars where they lie and compares them with the pool, so a
/// form already seen costs no allocation.
struct FormTable: Sendable {
  private var pool: [Unicode.Scalar] = []
  /// Each form's scalars in `pool` and its hash, in 32 bits apiece (the table is kept small).
  private var spans: [(start: Int32, count: Int32, hash: Int32)] = []
  private var slots = [Int32](repeating: -1, count: 64)

  @inline(__always)
  static func hash(_ scalars: Tokenizer.Scalars.SubSequence) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars { h = (h ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The id of a word given as a string (made once per distinct form, not per token).
  func find(_ word: String) -> Int32? {
    let scalars = [Unicode.Scalar](scalarsOf: word)
    return scalars.withUnsafeBufferPointer { find($0[...], hash: Self.hash($0[...])) }
  }

  /// Reads the arrays through buffer pointers: this runs for every token.
  @inline(__always)
  func find(_ scalars: Tokenizer.Scalars.SubSequence, hash: Int) -> Int32? {
    slots.withUnsafeBufferPointer { slots in
      spans.withUnsafeBufferPointer { spans in
        pool.withUnsafeBufferPointer { pool in
          let mask = slots.count - 1
          var slot = hash & mask
          while true {
            let id = slots[slot]
            if id < 0 { return nil }
            let span = spans[Int(id)]
            if span.hash == Int32(truncatingIfNeeded: hash), Int(span.count) == scalars.count,
              scalars.elementsEqual(pool[Int(span.start)..<Int(span.start + span.count)])
            {
              return id
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  var count: Int { spans.count }

  /// Adds a form not in the table yet; returns its id.
  mutating func insert(_ scalars: Tokenizer.Scalars.SubSequence, hash: Int) -> Int32 {
    let id = Int32(spans.count)
    spans.append((Int32(pool.count), Int32(scalars.count), Int32(truncatingIfNeeded: hash)))
    pool.append(contentsOf: scalars)
    if spans.count * 2 > slots.count {
      slots = [Int32](repeating: -1, count: slots.count * 2)
      for (k, span) in spans.enumerated() { place(Int32(k), hash: Int(span.hash)) }
    } else {
      place(id, hash: hash)
    }
    return id
  }

  private mutating func place(_ id: Int32, hash: Int) {
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }
}
