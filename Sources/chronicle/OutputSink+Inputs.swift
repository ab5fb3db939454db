#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser

extension OutputSink {
  /// Refuses an output file that is one of the inputs (`extract a.txt -o a.txt`): the export
  /// would replace the article it was made from. Compared by device and inode, so `./a.txt`,
  /// a link to it, or an article found in a directory all count. A usage error (exit 2),
  /// raised before anything is read or written.
  static func refuseOverwriting(inputs: [String], with output: String?) throws {
    guard let output, let target = identity(of: output) else { return }
    for input in inputs where input != "-" && identity(of: input) == target {
      throw ValidationError(
        "--output '\(output)' is the input '\(input)'; refusing to overwrite an input")
    }
  }

  private static func identity(of path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }
}
