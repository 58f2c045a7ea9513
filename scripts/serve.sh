#!/usr/bin/env bash
# Development server with one background worker beside it (the embedded default task backend):
#   scripts/serve.sh .venv/bin/python 127.0.0.1 8000
# The worker stops when the server stops (Ctrl-C).
set -euo pipefail
python=$1 host=$2 port=$3
"$python" manage.py db_worker --interval 1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT
echo "Worker running (pid $worker): audit packs and other background jobs are processed."
"$python" manage.py runserver "$host:$port"
