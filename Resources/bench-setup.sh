#!/usr/bin/env bash
# Prepares the reference half of the codec benchmark: Python protobuf (upb backend) in a venv at
# .build/upb-venv, and Python classes for Proto/command.proto in .build/upb-python, so that
#   .build/upb-venv/bin/python3 Resources/bench/upb_codec.py
# runs. Idempotent: prints nothing and needs no network when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/upb-venv
generated=.build/upb-python

# Debian packages: what the project needs, and python3-venv (the venv and its pip).
bash Resources/setup.sh python3-venv

# The venv is made from Debian's Python, the one python3-venv serves (a python3 earlier on PATH,
# e.g. pyenv's, would not need it); any python3 will do where there is none.
base_python=/usr/bin/python3
if [ ! -x "$base_python" ]; then
  base_python=python3
fi
if [ ! -x "$venv/bin/python3" ] || ! "$venv/bin/python3" -c 'import google.protobuf' 2>/dev/null; then
  echo "bench-setup: installing protobuf (PyPI) into $venv" >&2
  if [ ! -x "$venv/bin/python3" ]; then
    rm -rf "$venv"
    "$base_python" -m venv "$venv"
  fi
  "$venv/bin/python3" -m pip install --quiet --upgrade protobuf >&2
fi

# Python classes for the schema, regenerated when Proto/command.proto is newer.
if [ ! -f "$generated/command_pb2.py" ] || [ Proto/command.proto -nt "$generated/command_pb2.py" ]; then
  mkdir -p "$generated"
  protoc --python_out="$generated" -I Proto Proto/command.proto
fi
