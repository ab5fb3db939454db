// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Chronicle",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "chronicle", targets: ["chronicle"]),
    .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
    .library(name: "ChronicleUI", targets: ["ChronicleUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    // 7.10.0 builds and links against Debian's libsqlite3-dev (7.8 does not link there).
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
  ],
  targets: [
    // ncursesw as a system library; no pkgConfig (its flags are rejected by SwiftPM).
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    // Foundation only: loading, paragraphs, extraction, model, queries, export.
    .target(name: "ChronicleCore"),
    // No ncurses: state, commands, keymap, dispatcher, layout, rendering onto a Screen.
    .target(
      name: "ChronicleUI",
      dependencies: ["ChronicleCore", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    // The archive: articles' identities and extractions in SQLite, so a reopening reads
    // instead of extracting; ChronicleCore stays Foundation-only.
    .target(
      name: "ChronicleArchive",
      dependencies: ["ChronicleCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The ncurses Screen, the input loop, signals and resize.
    .target(name: "ChronicleTerminal", dependencies: ["ChronicleUI", "CNcurses"]),
    .executableTarget(
      name: "chronicle",
      dependencies: [
        "ChronicleCore", "ChronicleArchive", "ChronicleUI", "ChronicleTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Fixtures and process helpers shared by the test targets (bad articles, spawning).
    .target(name: "ChronicleTestSupport", path: "Tests/ChronicleTestSupport"),
    .testTarget(name: "ChronicleCoreTests", dependencies: ["ChronicleCore", "ChronicleTestSupport"]),
    .testTarget(
      name: "ChronicleArchiveTests",
      dependencies: [
        "ChronicleArchive", "ChronicleCore", "ChronicleTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "ChronicleUITests", dependencies: ["ChronicleUI", "ChronicleCore"]),
    // Runs the built `chronicle` binary in tmux, as a person would.
    .testTarget(
      name: "ChronicleEndToEndTests", dependencies: ["ChronicleTestSupport", "ChronicleCore"]),
  ]
)

// libFuzzer harnesses, only with CHRONICLE_FUZZ set (scripts/fuzz.sh): they have no `main`
// without `-sanitize=fuzzer`, so the ordinary build and `swift test` never see them.
if Context.environment["CHRONICLE_FUZZ"] != nil {
  package.targets += [
    .target(name: "FuzzDriver", path: "scripts/fuzz/FuzzDriver"),
    .executableTarget(
      name: "ExtractFuzzer", dependencies: ["ChronicleCore", "FuzzDriver"], path: "scripts/fuzz/ExtractFuzzer"),
    .executableTarget(
      name: "ConfigFuzzer", dependencies: ["ChronicleUI", "FuzzDriver"], path: "scripts/fuzz/ConfigFuzzer"),
  ]
}
