#if canImport(Glibc)
  import Glibc
#endif

/// Keeps the explorer's memory to what its corpus holds. Reading a big archive decodes its
/// articles on several threads; with a malloc arena each, the corpus keeps pieces of every
/// arena and the freed records between them stay resident. One arena and a trim after each
/// phase of the load take 20 MB off the explorer's peak on 8,400 articles. glibc's functions
/// are looked up at run time, so a C library without them is simply not asked.
enum FreedMemory {
  /// Makes every thread allocate from one arena (glibc's `M_ARENA_MAX`); called before the
  /// load starts any thread.
  static func useOneArena() {
    #if canImport(Glibc)
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
      let arenaMax: Int32 = -8
      _ = mallopt(arenaMax, 1)
    #endif
  }

  /// Hands memory the process freed back to the system.
  static func release() {
    #if canImport(Glibc)
      guard let symbol = dlsym(nil, "malloc_trim") else { return }
      let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
      _ = trim(0)
    #endif
  }
}
