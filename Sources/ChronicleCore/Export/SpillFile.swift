import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Bytes put aside on disk while an export streams, and read back at its end: a temporary
/// file unlinked as soon as it is made, so it goes with the process however that ends.
/// Appends are buffered; a failed write is remembered and thrown when the bytes are read.
final class SpillFile {
  /// Why the spill could not be made, written or read back.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let descriptor: Int32
  private let directory: String
  private var pending: [UInt8] = []
  private var failure: Failure?
  /// Bytes appended so far, the buffered ones included: the offset the next append lands at.
  private(set) var count = 0

  /// Large enough that writes are few, small enough that the three spills of an export
  /// weigh little beside its actor tables.
  private static let bufferSize = 1 << 18

  /// A new, empty spill in `$TMPDIR` (or /tmp).
  init() throws(Failure) {
    var directory = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    if directory.isEmpty { directory = "/tmp" }
    var template = Array("\(directory)/chronicle-spill-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw Failure(description: message("cannot make a temporary file in \(directory)"))
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = fd
    self.directory = directory
    pending.reserveCapacity(Self.bufferSize)
  }

  deinit { close(descriptor) }

  /// Flushes before the buffer would overflow, so it keeps the capacity it was made with
  /// (appending first and flushing after let it double).
  func append(_ bytes: some Collection<UInt8>) {
    if pending.count + bytes.count > Self.bufferSize { flush() }
    pending.append(contentsOf: bytes)
    count += bytes.count
  }

  /// Hands everything appended to `output`, in order, a buffer's worth at a time.
  func copy(to output: ([UInt8]) -> Void) throws(Failure) {
    try finishWriting()
    var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
    var offset = 0
    while offset < count {
      let read = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, off_t(offset))
      }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { throw Failure(description: message("cannot read back \(directory)")) }
      output(Array(chunk[..<read]))
      offset += read
    }
  }

  /// A reader of the spilled bytes in any order, from any thread (each read says where it
  /// reads from); the spill must outlive it.
  struct Reader: Sendable {
    fileprivate let descriptor: Int32
    fileprivate let directory: String

    /// Appends the spilled bytes at `range` to `buffer`.
    func read(_ range: Range<Int>, appendingTo buffer: inout [UInt8]) throws(Failure) {
      let start = buffer.count
      buffer.append(contentsOf: repeatElement(0, count: range.count))
      var done = 0
      while done < range.count {
        let read = buffer.withUnsafeMutableBytes {
          pread(descriptor, $0.baseAddress! + start + done, range.count - done, off_t(range.lowerBound + done))
        }
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else { throw Failure(description: message("cannot read back \(directory)")) }
        done += read
      }
    }
  }

  /// Writes out what is still buffered and returns a reader of everything spilled.
  func reader() throws(Failure) -> Reader {
    try finishWriting()
    return Reader(descriptor: descriptor, directory: directory)
  }

  /// Writes out what is still buffered; throws the first write that failed.
  private func finishWriting() throws(Failure) {
    flush()
    if let failure { throw failure }
  }

  private func flush() {
    var offset = 0
    while offset < pending.count, failure == nil {
      let written = pending.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 {
        failure = Failure(description: message("cannot write a temporary file in \(directory)"))
      } else {
        offset += written
      }
    }
    pending.removeAll(keepingCapacity: true)
  }

}

/// What went wrong, with the system's reason (`errno`).
private func message(_ what: String) -> String {
  "\(what): \(String(cString: strerror(errno)))"
}
