#!/usr/bin/env bash
# The project's whole test run, as the README gives it and CI runs it:
# installs what is missing, fuzzes the codec and the TOML reader for a short while, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Resources/setup.sh

# The libFuzzer targets (codec, TOML and configuration readers), briefly (FUZZ_SECONDS=0 skips them).
fuzz_seconds=${FUZZ_SECONDS:-45}
if [ "$fuzz_seconds" -gt 0 ]; then
  echo "== fuzzing the codec and the TOML reader for ${fuzz_seconds}s" >&2
  bash Fuzz/run.sh "$fuzz_seconds" >&2
fi

echo "== swift test" >&2
swift test
