/// libFuzzer's entry point for a program that has its own `main`. SwiftPM renames an
/// executable's `main` (so tests can link it), which hides libFuzzer's; each harness therefore
/// has a `@main` that hands its test function to this driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// One fuzz input → 0. A trap (index out of range, overflow) or a hang is a finding.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>, Int) -> Int32

/// Runs libFuzzer with the process's arguments (`-runs=`, `-max_len=`, corpus folders).
public func runFuzzer(_ test: FuzzTest) -> Never {
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runDriver(&argc, &argv, test))
}

@_silgen_name("exit")
private func exit(_ status: Int32) -> Never
