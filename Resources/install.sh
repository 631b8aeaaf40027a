#!/usr/bin/env bash
# Installs sozu-console and sozu-sim, their man pages and their bash, zsh and fish completions:
#   Resources/install.sh [PREFIX]        (default: $PREFIX, else /usr/local)
#   DESTDIR=/tmp/stage Resources/install.sh /usr   (staged, for packaging)
# Builds in release mode first (the Swift runtime linked in); the man pages come from swift-argument-parser's generate-manual
# plugin and the completions from the tools themselves, so both say what the parsers accept.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${1:-${PREFIX:-/usr/local}}
root="${DESTDIR:-}${prefix}"
tools=(sozu-console sozu-sim)

bash Resources/setup.sh
# One product a build: SwiftPM keeps only the last --product it is given. The Swift runtime and
# Foundation are linked in, so that the installed tools need no Swift toolchain and start faster.
for tool in "${tools[@]}"; do
  swift build -c release --static-swift-stdlib --product "$tool"
done
swift package generate-manual >/dev/null

install -d "$root/bin" "$root/share/man/man1" \
  "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
for tool in "${tools[@]}"; do
  install -m 0755 ".build/release/$tool" "$root/bin/$tool"
  install -m 0644 ".build/plugins/GenerateManual/outputs/$tool/$tool.1" "$root/share/man/man1/$tool.1"
  ".build/release/$tool" --generate-completion-script bash > "$root/share/bash-completion/completions/$tool"
  ".build/release/$tool" --generate-completion-script zsh > "$root/share/zsh/site-functions/_$tool"
  ".build/release/$tool" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/$tool.fish"
done
echo "installed ${tools[*]} under $root (bin, share/man/man1, bash, zsh and fish completions)" >&2
