#!/usr/bin/env bash
# Development server with one background worker beside it (the embedded default task backend)
# and the hourly reminder run:
#   scripts/serve.sh .venv/bin/python 127.0.0.1 8000
# The address to open is printed last, once the server answers. Ctrl-C stops everything.
set -euo pipefail
python=$1 host=$2 port=$3

# The address to open: a server listening on every interface is reached here through loopback.
case $host in
  0.0.0.0 | "") browse=127.0.0.1 ;;
  *) browse=$host ;;
esac
url="http://$browse:$port/"
# Links in emails (reminders, password resets) point at this server unless told otherwise.
export RECERT_BASE_URL="${RECERT_BASE_URL:-${url%/}}"
# Output line by line as it happens, into a pipe too (make run | tee run.log).
export PYTHONUNBUFFERED=1

# Another server on the port would answer the check below in this one's place.
if "$python" - "$browse" "$port" <<'PY'; then
import socket, sys
with socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET) as s:
    s.settimeout(1)
    sys.exit(0 if s.connect_ex((sys.argv[1].strip("[]"), int(sys.argv[2]))) == 0 else 1)
PY
  echo "Port $port is already in use. Stop what uses it, or choose another port: make run PORT=8001" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/recert-serve.XXXXXX")
# The worker's output goes to the terminal and to a file, to see when it has started.
# run_worker starts db_worker and starts it again whenever it exits (a locked database, a kill),
# and queues again any job a dead worker left unfinished.
"$python" manage.py run_worker > >(tee "$tmp/worker.log") 2>&1 &
worker=$!

# Once the server answers: the address, last, after everything that prints at start. Then the
# daily reminders, checked every hour (safe to run any number of times a day).
announce() {
  local nap=""
  trap 'kill $nap 2>/dev/null; exit 0' TERM
  "$python" manage.py seed_demo --print-login > "$tmp/login" 2>/dev/null &
  local login=$!
  # Today's reminders are sent here rather than by the worker, so their emails (printed by the
  # console backend in development) come before the address rather than after it.
  RECERT_TASK_BACKEND=immediate "$python" manage.py send_reminders || true
  wait "$login" || true
  for _ in $(seq 150); do
    grep -q "Starting worker" "$tmp/worker.log" && break
    sleep 0.1
  done
  # Ready when /healthz answers 200; read to the end of the response, by when the server has
  # logged the request.
  if "$python" - "$browse" "$port" <<'PY'; then
import socket, sys, time
host, port = sys.argv[1].strip("[]"), int(sys.argv[2])
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    try:
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall(f"GET /healthz HTTP/1.0\r\nHost: {sys.argv[1]}:{port}\r\n\r\n".encode())
            answer = b""
            while chunk := s.recv(4096):
                answer += chunk
        if answer.split(b" ", 2)[1:2] == [b"200"]:
            sys.exit(0)
    except OSError:
        pass
    time.sleep(0.2)
sys.exit(1)
PY
    local who
    who=$(cat "$tmp/login")
    echo "Recert is running at $url${who:+ — log in as $who}"
  else
    echo "Recert did not answer at ${url}healthz within two minutes: see the messages above." >&2
  fi
  while true; do
    sleep 3600 &
    nap=$!
    wait "$nap"
    "$python" manage.py send_reminders || true
  done
}
announce &
announcer=$!
trap 'kill "$worker" "$announcer" 2>/dev/null || true; wait "$worker" 2>/dev/null || true; rm -rf "$tmp"' EXIT
echo "Worker running (pid $worker): audit packs, reminder emails and other background jobs are processed."
"$python" manage.py runserver "$host:$port"
