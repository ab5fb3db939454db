#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes: standard output, or a file written atomically (a temporary
/// file beside it, renamed into place on close) so a failed run never leaves half a file.
/// A path that already names something other than a regular file (`/dev/null`, a FIFO) is
/// written in place: renaming onto it would replace the device with a plain file.
final class OutputSink {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let path: String?
  private let temporary: String?
  private let descriptor: FileDescriptor
  private var failed = false

  init(path: String?) throws {
    self.path = path
    guard let path else {
      temporary = nil
      descriptor = .standardOutput
      return
    }
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      let fd = open(path, O_WRONLY)
      guard fd >= 0 else {
        throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
      }
      temporary = nil
      descriptor = FileDescriptor(raw: fd)
      return
    }
    let temporary = path + ".tmp-\(getpid())"
    // Armed before the file exists, so no signal can fall between creating it and arming.
    InterruptCleanup.remove(onSignal: temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      InterruptCleanup.disarm()
      throw Failure(description: "\(path): cannot write: \(reason)")
    }
    self.temporary = temporary
    descriptor = FileDescriptor(raw: fd)
  }

  func write(_ bytes: [UInt8]) {
    if !descriptor.write(bytes) { failed = true }
  }

  /// Runs `work`; if it throws, the half-written temporary file is removed before the error
  /// goes on, so a failed export never leaves a file behind.
  func abandoning<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch {
      if let temporary {
        Glibc.close(descriptor.raw)
        unlink(temporary)
        InterruptCleanup.disarm()
      }
      throw error
    }
  }

  func close() throws {
    guard let path else { return }
    guard let temporary else {
      let closed = Glibc.close(descriptor.raw)
      if failed || closed != 0 { throw Failure(description: "\(path): cannot write") }
      return
    }
    defer { InterruptCleanup.disarm() }
    let closed = Glibc.close(descriptor.raw)
    guard !failed, closed == 0, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(description: "\(path): cannot write: \(reason)")
    }
  }
}
