#!/usr/bin/env bash
# Run a command against a throwaway Redis server on 127.0.0.1, then stop it.
#   scripts/with-redis.sh .venv/bin/python -m pytest -m rq
# The command sees REDIS_URL.
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  echo "Redis is not installed: run scripts/system-deps.sh (as root) or apt-get install redis-server" >&2
  exit 1
fi
workdir=$(mktemp -d /tmp/recert-redis.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --bind 127.0.0.1 --port "$port" --dir "$workdir" --save "" --appendonly no \
  --daemonize yes --pidfile "$workdir/redis.pid" --logfile "$workdir/redis.log"
stop() {
  kill "$(cat "$workdir/redis.pid" 2>/dev/null)" 2>/dev/null || true
  rm -rf "$workdir"
}
trap stop EXIT
for _ in $(seq 50); do
  redis-cli -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done
echo "Redis $(redis-server --version | awk '{print $3}') on 127.0.0.1:$port"
REDIS_URL="redis://127.0.0.1:$port/0" "$@"
