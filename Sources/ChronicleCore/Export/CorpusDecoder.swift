import Foundation

/// Reads a `chronicle/1` object back into a `Corpus`: the inverse of `CorpusJSON.encode`, so
/// an exported or merged corpus opens without extracting again. It walks the bytes once with
/// `JSONReader`, straight into the model (no `Any` tree: that cost seconds on large corpora).
/// Unknown keys are ignored; a missing required field is an error that names it; a value of
/// the wrong type counts as missing.
public enum CorpusDecoder {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  public static func decode(_ data: Data) throws -> Corpus {
    try data.withUnsafeBytes { raw in
      try decode(raw.assumingMemoryBound(to: UInt8.self))
    }
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Corpus {
    var reader = JSONReader(bytes)
    var fields = CorpusFields()
    do {
      let isObject = try reader.object { r, key in try fields.read(key, from: &r) }
      guard isObject else { throw Failure(description: "not a JSON object") }
      try reader.finish()
    } catch let error as JSONReader.SyntaxError {
      throw Failure(description: error.description)
    }
    return try fields.corpus()
  }
}

/// The top-level members as they are read, checked once the object is closed.
private struct CorpusFields {
  var format: String?
  var documents: [Document]?
  var actors: [Actor]?
  var countries: [Country]?
  var places: [Place]?
  var times: [TimeExpression]?
  var quotes: [Quote]?
  var events: [Event]?

  mutating func read(_ key: String, from r: inout JSONReader) throws {
    switch key {
    case "format": format = try r.string()
    case "documents": documents = try r.objects(ModelDecoding.document)
    case "actors": actors = try r.objects(ModelDecoding.actor)
    case "countries": countries = try r.objects(ModelDecoding.country)
    case "places": places = try r.objects(ModelDecoding.place)
    case "times": times = try r.objects(ModelDecoding.time)
    case "quotes": quotes = try r.objects(ModelDecoding.quote)
    case "events": events = try r.objects(ModelDecoding.event)
    default: try r.skipValue()
    }
  }

  func corpus() throws -> Corpus {
    guard format == CorpusJSON.formatName else {
      throw CorpusDecoder.Failure(
        description: "not a \(CorpusJSON.formatName) export (no \"format\" field)")
    }
    return Corpus(
      documents: try required(documents, "documents"), actors: try required(actors, "actors"),
      countries: try required(countries, "countries"), places: places ?? [],
      times: try required(times, "times"), quotes: try required(quotes, "quotes"),
      events: try required(events, "events"))
  }

  private func required<T>(_ list: [T]?, _ key: String) throws -> [T] {
    guard let list else {
      throw CorpusDecoder.Failure(description: "missing or malformed \"\(key)\" list")
    }
    return list
  }
}

extension JSONReader {
  /// An array of objects, each read by `element` (which returns `nil` when its value is not
  /// an object); `nil` when the value is not such an array.
  mutating func objects<T>(_ element: (inout JSONReader) throws -> T?) throws -> [T]? {
    var values: [T] = []
    var wellFormed = true
    let isArray = try array { r in
      if let value = try element(&r) { values.append(value) } else { wellFormed = false }
    }
    return isArray && wellFormed ? values : nil
  }
}
