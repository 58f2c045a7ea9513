#!/usr/bin/env bash
# What `make bench` needs beyond the virtualenv: wrk, the HTTP load generator of the load run in
# benchmarks/pages.py (Debian package wrk). Idempotent: does nothing when wrk is there; installs
# it with apt-get otherwise (through sudo when not root).
set -euo pipefail

command -v wrk >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "benchmarks/pages.py needs wrk for its load run; install it (or run it with --no-load)." >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing Debian package: wrk"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends wrk >/dev/null
