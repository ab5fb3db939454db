#!/usr/bin/env bash
# Installs Chronicle: the release binary, the themes, a man page and shell completions.
#   scripts/install.sh [PREFIX]          default PREFIX: /usr/local (or $PREFIX)
#   DESTDIR=/tmp/stage scripts/install.sh /usr   stages into DESTDIR for packaging
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-${PREFIX:-/usr/local}}
dest=${DESTDIR:-}$prefix

swift build -c release --package-path "$root"
bin=$root/.build/release/chronicle

install -d "$dest/bin" "$dest/share/chronicle/themes" "$dest/share/man/man1" \
  "$dest/share/bash-completion/completions" "$dest/share/zsh/site-functions" \
  "$dest/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$dest/bin/chronicle"
install -m 0644 "$root"/Themes/*.toml "$dest/share/chronicle/themes/"

# The man page comes from the same definitions as --help (swift-argument-parser's plugin).
(cd "$root" && swift package --allow-writing-to-package-directory generate-manual \
  --authors "Chronicle developers" >/dev/null)
install -m 0644 "$root/.build/plugins/GenerateManual/outputs/chronicle/chronicle.1" \
  "$dest/share/man/man1/chronicle.1"

"$bin" --generate-completion-script bash > "$dest/share/bash-completion/completions/chronicle"
"$bin" --generate-completion-script zsh > "$dest/share/zsh/site-functions/_chronicle"
"$bin" --generate-completion-script fish > "$dest/share/fish/vendor_completions.d/chronicle.fish"

echo "installed chronicle into $dest"
