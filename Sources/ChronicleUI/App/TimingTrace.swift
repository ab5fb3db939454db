import Foundation

/// Appends timings to the file named by `CHRONICLE_TRACE_TIMING` (start to first frame, key
/// to frame, the phases of loading), so performance can be measured on a real terminal. Off
/// when the variable is unset.
public struct TimingTrace: Sendable {
  private let path: String?

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    path = environment["CHRONICLE_TRACE_TIMING"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Monotonic seconds.
  public static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// Records `label` with the milliseconds since `start`.
  public func record(_ label: String, since start: Double) {
    guard let path else { return }
    let line = String(format: "%@ %.3f ms\n", label, (TimingTrace.now() - start) * 1000)
    if let handle = FileHandle(forWritingAtPath: path) {
      handle.seekToEndOfFile()
      handle.write(Data(line.utf8))
      handle.closeFile()
    } else {
      _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
    }
  }
}
