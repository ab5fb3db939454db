// swift-tools-version:6.0
import PackageDescription

// Kept out of the main package so `swift test` never builds it; run through Benchmarks/run.sh.
let package = Package(
  name: "ChronicleBenchmarks",
  dependencies: [.package(name: "Chronicle", path: "..")],
  targets: [
    .executableTarget(
      name: "ChronicleBench",
      dependencies: [
        .product(name: "ChronicleCore", package: "Chronicle"),
        .product(name: "ChronicleUI", package: "Chronicle"),
      ]
    )
  ]
)
