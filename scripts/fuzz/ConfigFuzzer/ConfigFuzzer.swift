import ChronicleUI
import FuzzDriver

/// Fuzzes the configuration files a person writes: the bytes as a keymap and as a theme.
/// Errors are expected answers; only a trap or a hang is a finding. Built by scripts/fuzz.sh
/// only.
@main
enum ConfigFuzzer {
  static func main() {
    runFuzzer { data, count in
      let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
      _ = try? Keymap.load(toml: text, file: "fuzz.toml")
      _ = try? Theme.parse(toml: text, file: "fuzz.toml")
      return 0
    }
  }
}
