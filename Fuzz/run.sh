#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for SECONDS (default 60) on the frame decoder and the
# message codec. Seeds come from Fuzz/corpus and, when present, ../shared/conformance frames.
# Findings land in Fuzz/crashes/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --product FuzzCodec >&2
binary=$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)/FuzzCodec

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp corpus/* "$work"/ 2>/dev/null || true
vectors=../../shared/conformance/vectors.jsonl
if [ -f "$vectors" ]; then
  # One seed per vector: a control byte (message type in its low two bits) then the frame.
  python3 - "$vectors" "$work" <<'PY'
import json, sys
kinds = {"command.Request": 0, "command.Response": 1, "command.WorkerRequest": 2, "command.WorkerResponse": 3}
for line in open(sys.argv[1]):
    vector = json.loads(line)
    if "frame_hex" in vector:
        with open(f"{sys.argv[2]}/{vector['name']}", "wb") as seed:
            seed.write(bytes([kinds[vector["message"]]]) + bytes.fromhex(vector["frame_hex"]))
PY
fi

mkdir -p crashes
# Swift's crash backtracer would wait on the crashed process's output pipe; libFuzzer reports
# crashes itself.
export SWIFT_BACKTRACE=enable=no
timeout --kill-after=10 $((seconds + 120)) "$binary" "$work" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=4096 \
  -artifact_prefix=crashes/ -print_final_stats=1 2>&1 | tail -n 25
