#!/usr/bin/env bash
# Installs the Debian packages that building and testing sozu-console need, when any is missing,
# and any further packages named as arguments (Resources/bench-setup.sh names its own).
# Idempotent: does nothing (and needs no network) when everything is already there.
set -euo pipefail

packages=(
  libncursesw5-dev   # the console's screen
  libedit-dev        # the console's prompt
  protobuf-compiler  # protoc: conformance round trips and regenerating Proto/
  tmux               # real-terminal tests
  pkg-config         # system-library targets find ncursesw and libedit through it
  openssh-client     # ssh:// targets go through the operator's own ssh
  openssh-server     # sshd: the SSH transport's end-to-end tests start their own on 127.0.0.1
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
