#!/usr/bin/env bash
# Builds the libFuzzer targets and runs them for SECONDS in all (default 60): two thirds on the
# frame decoder and message codec (seeds: Fuzz/corpus and, when present, ../shared/conformance
# frames), one third on the TOML and Sōzu configuration readers (seeds: Fuzz/corpus-toml).
# Findings land in Fuzz/crashes/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
codec_seconds=$(( seconds * 2 / 3 ))
toml_seconds=$(( seconds - codec_seconds ))

flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -g)
swift build "${flags[@]}" --product FuzzCodec >&2
swift build "${flags[@]}" --product FuzzTOML >&2
bin=$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/codec" "$work/toml" crashes
cp corpus/* "$work/codec"/ 2>/dev/null || true
cp corpus-toml/* "$work/toml"/ 2>/dev/null || true
vectors=../../shared/conformance/vectors.jsonl
if [ -f "$vectors" ]; then
  # One seed per vector: a control byte (message type in its low two bits) then the frame.
  python3 - "$vectors" "$work/codec" <<'PY'
import json, sys
kinds = {"command.Request": 0, "command.Response": 1, "command.WorkerRequest": 2, "command.WorkerResponse": 3}
for line in open(sys.argv[1]):
    vector = json.loads(line)
    if "frame_hex" in vector:
        with open(f"{sys.argv[2]}/{vector['name']}", "wb") as seed:
            seed.write(bytes([kinds[vector["message"]]]) + bytes.fromhex(vector["frame_hex"]))
PY
fi

# Swift's crash backtracer would wait on the crashed process's output pipe; libFuzzer reports
# crashes itself.
export SWIFT_BACKTRACE=enable=no
fuzz() {  # binary, corpus, seconds
  [ "$3" -gt 0 ] || return 0
  timeout --kill-after=10 $(( $3 + 120 )) "$bin/$1" "$2" -max_total_time="$3" -max_len=4096 -rss_limit_mb=4096 \
    -artifact_prefix=crashes/ -print_final_stats=1 2>&1 | tail -n 25
}
fuzz FuzzCodec "$work/codec" "$codec_seconds"
fuzz FuzzTOML "$work/toml" "$toml_seconds"
